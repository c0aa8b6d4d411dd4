package org.openbenefits.portal;

import io.micronaut.runtime.Micronaut;

/** Starts the employees' web portal. */
public class EmployeePortalApplication {

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(EmployeePortalApplication.class).banner(false).start();
    }
}
