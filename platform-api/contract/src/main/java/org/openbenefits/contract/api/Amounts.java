package org.openbenefits.contract.api;

/**
 * How the OpenAPI document describes the API's amounts of money, each one alike (docs/api/conventions.md, "Money").
 * A {@code @Schema} on each {@code ...Cents} property names it: micronaut-openapi does not read a schema from a
 * meta-annotation on a record component of another module.
 */
public final class Amounts {

    /** The description of every {@code ...Cents} property. */
    public static final String CENTS = "An amount in euro cents, a whole number: 1250 is 12,50 €";

    private Amounts() {
    }
}
