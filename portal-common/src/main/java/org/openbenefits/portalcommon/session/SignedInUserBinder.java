package org.openbenefits.portalcommon.session;

import java.util.Optional;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

/**
 * Lets a controller method take the {@link SignedInUser} as a parameter. Pages outside the public areas always
 * have one ({@link SessionFilter} turns anybody else away); a public page may take it as {@code @Nullable}.
 */
@Singleton
class SignedInUserBinder implements TypedRequestArgumentBinder<SignedInUser> {

    @Override
    public Argument<SignedInUser> argumentType() {
        return Argument.of(SignedInUser.class);
    }

    @Override
    public BindingResult<SignedInUser> bind(ArgumentConversionContext<SignedInUser> context, HttpRequest<?> source) {
        Optional<SignedInUser> user = PortalSession.user(source);
        return user.isPresent() ? () -> user : BindingResult.unsatisfied();
    }
}
