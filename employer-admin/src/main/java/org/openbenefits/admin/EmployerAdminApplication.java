package org.openbenefits.admin;

import io.micronaut.runtime.Micronaut;

/** Starts the HR managers' and platform staff's web portal. */
public class EmployerAdminApplication {

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(EmployerAdminApplication.class).banner(false).start();
    }
}
