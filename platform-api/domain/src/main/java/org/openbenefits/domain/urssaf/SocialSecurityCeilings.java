package org.openbenefits.domain.urssaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.openbenefits.domain.money.Money;

/**
 * The monthly social-security ceiling (PMSS) of each year, kept as data ({@code pmss.properties} beside this class),
 * and the gift-cheque threshold derived from it.
 */
public final class SocialSecurityCeilings {

    private static final String TABLE = "pmss.properties";
    /** The gift-cheque threshold is this share of the monthly ceiling. */
    private static final BigDecimal GIFT_THRESHOLD_SHARE = new BigDecimal("0.05");

    private final Map<Year, Long> monthlyCeilingInEuros;

    public SocialSecurityCeilings(Map<Year, Long> monthlyCeilingInEuros) {
        this.monthlyCeilingInEuros = Map.copyOf(monthlyCeilingInEuros);
    }

    /** The ceilings URSSAF published, as shipped with the platform. */
    public static SocialSecurityCeilings published() {
        try (InputStream in = SocialSecurityCeilings.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing PMSS table " + TABLE);
            }
            Properties table = new Properties();
            table.load(in);
            Map<Year, Long> ceilings = new TreeMap<>();
            table.forEach((year, euros) ->
                    ceilings.put(Year.parse(year.toString().trim()), Long.parseLong(euros.toString().trim())));
            return new SocialSecurityCeilings(ceilings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 5% of the year's PMSS rounded down to the euro, as URSSAF publishes it; empty for a year not in the table. */
    public Optional<Money> giftThreshold(Year year) {
        return Optional.ofNullable(monthlyCeilingInEuros.get(year))
                .map(euros -> Money.ofCents(Math.multiplyExact(euros, 100)).shareInWholeEuros(GIFT_THRESHOLD_SHARE));
    }
}
