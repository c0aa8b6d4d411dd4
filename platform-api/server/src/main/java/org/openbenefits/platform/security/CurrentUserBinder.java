package org.openbenefits.platform.security;

import java.util.Optional;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

/** Lets controllers declare a {@link CurrentUser} parameter, read from the validated access token. */
@Singleton
class CurrentUserBinder implements TypedRequestArgumentBinder<CurrentUser> {

    @Override
    public Argument<CurrentUser> argumentType() {
        return Argument.of(CurrentUser.class);
    }

    @Override
    public BindingResult<CurrentUser> bind(ArgumentConversionContext<CurrentUser> context, HttpRequest<?> source) {
        Optional<CurrentUser> user = source.getUserPrincipal(Authentication.class).flatMap(AccessTokens::currentUser);
        return user.isPresent() ? () -> user : BindingResult.unsatisfied();
    }
}
