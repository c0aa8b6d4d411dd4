package org.openbenefits.domain;

import javax.crypto.Mac;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Uses javax.crypto, which the domain may, and javax.naming, which stands for every other javax package it may not, so
 * that {@link ArchitectureTest} can prove its framework rule tells them apart. A test class: the domain's own check
 * never sees it.
 */
final class PlantedJavaxUses {

    private PlantedJavaxUses() {
    }

    static Object allowed() throws java.security.NoSuchAlgorithmException {
        return Mac.getInstance("HmacSHA256");
    }

    static Object forbidden() throws NamingException {
        return new InitialContext();
    }
}
