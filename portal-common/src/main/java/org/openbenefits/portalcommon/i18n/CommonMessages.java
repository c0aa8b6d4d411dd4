package org.openbenefits.portalcommon.i18n;

import jakarta.inject.Singleton;

/** The texts both portals share: layout, language switch, error pages ({@code i18n/common*.properties}). */
@Singleton
public class CommonMessages extends BundleMessageSource {

    /** Asked after the portals' own bundles, which may therefore override a shared text. */
    public static final int ORDER = 100;

    public CommonMessages() {
        super("i18n/common", ORDER);
    }
}
