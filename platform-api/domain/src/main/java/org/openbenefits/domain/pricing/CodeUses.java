package org.openbenefits.domain.pricing;

/**
 * How many orders used an advantage code before this one, counted by platform-api from its orders.
 *
 * @param total       by every employee
 * @param byEmployee  by the employee checking out
 */
public record CodeUses(long total, long byEmployee) {

    public static final CodeUses NONE = new CodeUses(0, 0);

    public CodeUses {
        if (total < 0 || byEmployee < 0 || byEmployee > total) {
            throw new IllegalArgumentException("Uses are counted from zero, the employee's among all: " + total + ", "
                    + byEmployee);
        }
    }
}
