package org.openbenefits.portalcommon.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.inject.Singleton;

/**
 * The URLs of the CSS and JavaScript served from WebJars ({@code /webjars/**}, see the portals'
 * {@code micronaut.router.static-resources.webjars}). Versions are read from the WebJars themselves,
 * so the pom's version properties are the only place where they are written.
 */
@Singleton
public class WebJarAssets {

    private final String bootstrapCss;
    private final String htmxJs;

    public WebJarAssets() {
        String bootstrap = version("org.webjars", "bootstrap");
        String htmx = version("org.webjars.npm", "htmx.org");
        this.bootstrapCss = "/webjars/bootstrap/" + bootstrap + "/css/bootstrap.min.css";
        this.htmxJs = "/webjars/htmx.org/" + htmx + "/dist/htmx.min.js";
    }

    public String bootstrapCss() {
        return bootstrapCss;
    }

    public String htmxJs() {
        return htmxJs;
    }

    private static String version(String groupId, String artifactId) {
        String descriptor = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = WebJarAssets.class.getClassLoader().getResourceAsStream(descriptor)) {
            if (in == null) {
                throw new IllegalStateException("WebJar " + groupId + ":" + artifactId + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + descriptor, e);
        }
    }
}
