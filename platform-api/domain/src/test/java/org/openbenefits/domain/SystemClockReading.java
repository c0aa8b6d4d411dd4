package org.openbenefits.domain;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An access (call or method reference) that reads the machine's clock instead of an injected {@link Clock}:
 * {@code now()} and {@code now(ZoneId)} of every java.time type ({@code now(Clock)} is the allowed way),
 * {@code Clock.system*}, {@code InstantSource.system()}, {@code System.currentTimeMillis()}, {@code System.nanoTime()},
 * and the legacy {@code new Date()}, {@code Calendar.getInstance(...)} and {@code new GregorianCalendar()} without a
 * date.
 *
 * <p>{@code nanoTime} is not the wall clock, but it is a reading of time all the same: a rule that measured elapsed
 * time with it would answer differently on a slow and a fast machine, and no test could set it. The domain has no use
 * for it; a duration it needs comes from the injected clock or as a parameter.
 */
final class SystemClockReading extends DescribedPredicate<JavaAccess<?>> {

    private static final Set<String> DATE_TIME_TYPES = names(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class,
            MonthDay.class);

    SystemClockReading() {
        super("read the system clock (now() without a Clock, Clock.system*, System.currentTimeMillis/nanoTime,"
                + " new Date(), Calendar.getInstance())");
    }

    @Override
    public boolean test(JavaAccess<?> access) {
        AccessTarget target = access.getTarget();
        if (!(target instanceof AccessTarget.CodeUnitAccessTarget codeUnit)) {
            return false;
        }
        String owner = codeUnit.getOwner().getName();
        String name = codeUnit.getName();
        List<String> parameters = codeUnit.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        if (DATE_TIME_TYPES.contains(owner)) {
            return name.equals("now") && !parameters.equals(List.of(Clock.class.getName()));
        }
        if (owner.equals(Clock.class.getName())) {
            return name.startsWith("system");
        }
        if (owner.equals(InstantSource.class.getName())) {
            return name.equals("system");
        }
        if (owner.equals(System.class.getName())) {
            return name.equals("currentTimeMillis") || name.equals("nanoTime");
        }
        if (owner.equals(Date.class.getName())) {
            return name.equals(JavaConstructor.CONSTRUCTOR_NAME) && parameters.isEmpty();
        }
        if (owner.equals(Calendar.class.getName())) {
            return name.equals("getInstance");
        }
        if (owner.equals(GregorianCalendar.class.getName())) {
            // new GregorianCalendar(2026, 0, 1) is a date; new GregorianCalendar() or (TimeZone, Locale) is now.
            return name.equals(JavaConstructor.CONSTRUCTOR_NAME)
                    && !parameters.contains(int.class.getName());
        }
        return false;
    }

    private static Set<String> names(Class<?>... types) {
        return Arrays.stream(types).map(Class::getName).collect(Collectors.toSet());
    }
}
