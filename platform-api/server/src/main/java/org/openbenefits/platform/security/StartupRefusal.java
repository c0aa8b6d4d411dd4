package org.openbenefits.platform.security;

/**
 * A setting platform-api cannot start without is missing or wrong. The message says what to set; the application's
 * main method prints it alone and exits, instead of a stack trace.
 */
public final class StartupRefusal extends IllegalStateException {

    public StartupRefusal(String message) {
        super(message);
    }
}
