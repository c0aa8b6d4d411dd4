package org.openbenefits.platform.apicontract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * An OpenAPI document read once, with what the checks ask of it: validate an exchange, name the documented operation
 * an exchange belongs to, and list the documented operations and responses for the coverage figures.
 */
public final class ApiDocument {

    /** The import's former addresses (platform-api's ImportPathAliases.FORMER_PATH). */
    private static final String FORMER_IMPORT_PATH = "/api/v1/employees/imports";

    /** Where the build puts platform-api's document (micronaut-openapi, at compile time). */
    public static final String PLATFORM_API = "META-INF/swagger/platform-api.yml";

    /** A documented operation, named as the document does: {@code GET /api/v1/employees/{id}}. */
    public record OperationKey(String method, String path) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A documented response of an operation: {@code GET /api/v1/budget 200}. */
    public record ResponseKey(OperationKey operation, String status) {

        @Override
        public String toString() {
            return operation + " " + status;
        }
    }

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final ApiOperationResolver operations;

    private ApiDocument(OpenAPI api) {
        this.api = api;
        // Every finding is an error: the library would otherwise ignore some (unexpected query parameters, for one).
        this.validator = OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
                .build();
        this.operations = new ApiOperationResolver(api, null, false);
    }

    /** Reads a document from the classpath (a resource name) or from YAML/JSON text. */
    public static ApiDocument read(String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = location.contains("\n")
                ? new OpenAPIV3Parser().readContents(location, null, options)
                : new OpenAPIV3Parser().readLocation(location, null, options);
        if (parsed.getOpenAPI() == null) {
            throw new IllegalStateException("Cannot read the OpenAPI document " + abbreviated(location) + ": "
                    + parsed.getMessages());
        }
        return new ApiDocument(parsed.getOpenAPI());
    }

    /** What the document finds wrong with the exchange, request and response. */
    public ValidationReport validate(Exchange exchange) {
        return validator.validate(exchange.toValidatorRequest(), exchange.toValidatorResponse());
    }

    /**
     * Whether the document speaks of this path at all: the API under /api/, and whatever else it lists; not the
     * import's former addresses, which only answer 308 towards the new ones and left the document
     * (ImportPathAliases; EmployeeImportTest checks the redirects, and the hop they lead to is checked here).
     */
    public boolean covers(String path) {
        if (path.equals(FORMER_IMPORT_PATH) || path.startsWith(FORMER_IMPORT_PATH + "/")) {
            return false;
        }
        return path.startsWith("/api/") || api.getPaths().containsKey(path);
    }

    /** The documented operation the exchange was addressed to, if the document has one for its method and path. */
    public Optional<OperationKey> operationOf(Exchange exchange) {
        ApiOperationMatch match = operations.findApiOperation(exchange.uri().getPath(), exchange.validatorMethod());
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            return Optional.empty();
        }
        return Optional.of(new OperationKey(match.getApiOperation().getMethod().name(),
                match.getApiOperation().getApiPath().original()));
    }

    public List<OperationKey> operations() {
        List<OperationKey> found = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> found.add(new OperationKey(method.name(), path))));
        return found;
    }

    /** The media types the operation's request body may have; empty when it takes none. */
    public List<String> requestMediaTypes(OperationKey key) {
        Operation operation = api.getPaths().get(key.path()).readOperationsMap()
                .get(PathItem.HttpMethod.valueOf(key.method()));
        if (operation == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return List.of();
        }
        return List.copyOf(operation.getRequestBody().getContent().keySet());
    }

    /** The documented responses by status code; a {@code default} response is no status a test can aim at. */
    public List<ResponseKey> responses() {
        List<ResponseKey> found = new ArrayList<>();
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.readOperationsMap().entrySet()) {
                OperationKey key = new OperationKey(operation.getKey().name(), path);
                if (operation.getValue().getResponses() != null) {
                    operation.getValue().getResponses().keySet().stream().filter(status -> !status.equals("default"))
                            .forEach(status -> found.add(new ResponseKey(key, status)));
                }
            }
        });
        return found;
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
