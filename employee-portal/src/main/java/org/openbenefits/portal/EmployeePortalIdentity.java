package org.openbenefits.portal;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.openbenefits.portal.cart.CartCount;
import org.openbenefits.portalcommon.layout.NavigationLink;
import org.openbenefits.portalcommon.layout.PortalIdentity;
import org.openbenefits.portalcommon.session.SignedInUser;

/** The employee portal as the shared layout shows it: its name and its primary navigation. */
@Singleton
public class EmployeePortalIdentity implements PortalIdentity {

    private final BeanProvider<CartCount> cartCount;

    EmployeePortalIdentity(BeanProvider<CartCount> cartCount) {
        this.cartCount = cartCount;
    }

    /** The first part of this portal's cookie names ({@code ob_employee_session}...). */
    public static final String COOKIE_PREFIX = "ob_employee";

    @Override
    public String nameKey() {
        return "portal.name";
    }

    /**
     * Add an entry here when its page exists, never before. A person of another portal's role (who may still carry
     * a valid token on the public home page) gets the visitor's navigation.
     */
    @Override
    public List<NavigationLink> navigation(@Nullable SignedInUser user) {
        if (user == null || !user.hasRole(SignedInUser.EMPLOYEE)) {
            return List.of(new NavigationLink(PortalPaths.HOME, "nav.home"));
        }
        return List.of(
                new NavigationLink(PortalPaths.HOME, "nav.home"),
                new NavigationLink(PortalPaths.CATALOGUE, "nav.catalogue"),
                new NavigationLink(PortalPaths.WALLET, "nav.wallet"),
                new NavigationLink(PortalPaths.ORDERS, "nav.orders"),
                new NavigationLink(PortalPaths.PROFILE, "nav.profile"),
                new NavigationLink(PortalPaths.CART, "nav.cart", items()));
    }

    /** The cart's item count beside "Panier"; nothing when it is empty or unknown. */
    private @Nullable Integer items() {
        Integer items = cartCount.get().now();
        return items == null || items == 0 ? null : items;
    }

    @Override
    public String cookiePrefix() {
        return COOKIE_PREFIX;
    }
}
