package org.openbenefits.platform.contract;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.annotation.Nonnull;
import org.openbenefits.platform.apicontract.ValidatingJdkClient;
import org.openbenefits.generated.client.ApiClient;
import org.openbenefits.generated.client.ApiException;
import org.openbenefits.generated.client.api.AuthenticationApi;
import org.openbenefits.generated.client.model.SignInRequest;
import org.openbenefits.generated.client.model.SignInResponse;

/**
 * The Java client generated from the OpenAPI document (target/generated-test-sources/openapi-client, library
 * {@code native}), configured as a strict integrator would use it: it reads answers the way a client in a strict
 * language does, so that a document that does not say what the server sends makes it fail.
 *
 * <p>The generator's own ObjectMapper ignores unknown properties ({@code FAIL_ON_UNKNOWN_PROPERTIES=false} in the
 * generated {@code ApiClient.createDefaultObjectMapper}) and, Jackson enforcing {@code required} on constructor
 * parameters only, never notices a required property that is missing. Here the client is made stricter, never
 * laxer: a property the document does not declare, a string where it declares a number (or the reverse), and a
 * property it declares required and not nullable that is absent or null all fail the read.
 */
final class GeneratedClient {

    private static final String MODELS = "org.openbenefits.generated.client.model";

    private GeneratedClient() {
    }

    /** A client of the server at this address, signed in through the generated sign-in operation. */
    static ApiClient signedIn(URL server, String email, String password) throws ApiException {
        ApiClient client = anonymous(server);
        SignInResponse session = new AuthenticationApi(client)
                .signIn(new SignInRequest().email(email).password(password));
        // The native library has no authentication support of its own: the bearer token goes in a request header.
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + session.getAccessToken()));
        return client;
    }

    private static ApiClient anonymous(URL server) {
        ApiClient client = new ApiClient();
        // Every exchange of the generated client is checked against the document too, like every other of the tests.
        client.setHttpClientBuilder(ValidatingJdkClient.builder());
        client.updateBaseUri(server.toString());
        client.setObjectMapper(strict(ApiClient.createDefaultObjectMapper()));
        return client;
    }

    /** The generated mapper, with unknown properties, scalar coercions and missing required properties refused. */
    static ObjectMapper strict(ObjectMapper generated) {
        generated.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            generated.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            generated.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        SimpleModule requiredProperties = new SimpleModule("required-properties");
        requiredProperties.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass().getPackageName().equals(MODELS)
                        ? new RequiredPropertiesPresent(deserializer) : deserializer;
            }
        });
        return generated.registerModule(requiredProperties);
    }

    /**
     * Refuses a generated model whose required, non-nullable properties (the generator marks their getters
     * {@code @Nonnull}) were absent or null in the JSON. A required but nullable property cannot be told apart from
     * an absent one here; the validating test filter checks that.
     */
    private static final class RequiredPropertiesPresent extends DelegatingDeserializer {

        RequiredPropertiesPresent(JsonDeserializer<?> generated) {
            super(generated);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> generated) {
            return new RequiredPropertiesPresent(generated);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object model = super.deserialize(parser, context);
            List<String> missing = missingRequired(model);
            if (!missing.isEmpty()) {
                throw MismatchedInputException.from(parser, model.getClass(), model.getClass().getSimpleName()
                        + ": required properties absent or null although the document says they are not nullable: "
                        + missing);
            }
            return model;
        }

        private static List<String> missingRequired(Object model) {
            List<String> missing = new ArrayList<>();
            Arrays.stream(model.getClass().getMethods())
                    .filter(method -> method.getParameterCount() == 0 && method.isAnnotationPresent(Nonnull.class))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(getter -> {
                        if (value(getter, model) == null) {
                            JsonProperty property = getter.getAnnotation(JsonProperty.class);
                            missing.add(property == null ? getter.getName() : property.value());
                        }
                    });
            return missing;
        }

        private static Object value(Method getter, Object model) {
            try {
                return getter.invoke(model);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + getter, e);
            }
        }
    }
}
