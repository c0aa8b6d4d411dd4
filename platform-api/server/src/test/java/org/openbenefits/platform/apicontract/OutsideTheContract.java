package org.openbenefits.platform.apicontract;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a test sends requests the OpenAPI document forbids, on purpose, to see them refused. Their request
 * violations do not fail the test as long as the server refused them (4xx) or sent the client elsewhere (3xx, a
 * former address); the answers are still checked against the document, and a forbidden request the server accepted
 * fails the test. Put it on the test method (or on a class whose every test does so), never on a test that only sends
 * valid requests.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface OutsideTheContract {

    /** Why the requests leave the contract: what the test is proving. */
    String value();
}
