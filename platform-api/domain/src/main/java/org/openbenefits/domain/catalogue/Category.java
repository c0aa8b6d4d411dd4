package org.openbenefits.domain.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue's categories, by the codes that grants, cart lines and the conformance vectors use. Culture cheques
 * may pay only the cultural ones (goods and outings that URSSAF counts as culture); subsidies pay those their campaign
 * chose; gift cheques any, unless their campaign narrows them.
 */
public enum Category {
    CINEMA(true),
    SHOWS(true),
    MUSEUMS(true),
    BOOKS(true),
    MUSIC(true),
    PARKS(false),
    SPORTS(false),
    GIFTCARDS(false);

    private final boolean cultural;

    Category(boolean cultural) {
        this.cultural = cultural;
    }

    public boolean cultural() {
        return cultural;
    }

    public String code() {
        return name();
    }

    public static Optional<Category> fromCode(String code) {
        return Arrays.stream(values()).filter(category -> category.name().equals(code)).findFirst();
    }

    public static List<Category> culturalOnes() {
        return Arrays.stream(values()).filter(Category::cultural).toList();
    }
}
