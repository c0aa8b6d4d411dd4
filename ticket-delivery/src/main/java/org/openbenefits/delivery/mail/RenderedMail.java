package org.openbenefits.delivery.mail;

/** An e-mail ready to leave: its subject and its HTML and plain-text bodies. */
public record RenderedMail(String subject, String html, String text) {
}
