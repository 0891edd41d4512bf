package org.dyad.store;

import java.util.Locale;

/**
 * The orders events can be listed in. Each ends with the store's sequence number, unique and in
 * the order events were stored, so pages never overlap and, within a day, an article's events
 * keep their order in its text.
 */
public enum EventOrder {
    DATE("day, seq"), DATE_DESC("day DESC, seq"), GOLDSTEIN("goldstein, day DESC, seq"),
    GOLDSTEIN_DESC("goldstein DESC, day DESC, seq"), CODE("code, day DESC, seq"),
    MENTIONS_DESC("mentions DESC, day DESC, seq");

    private final String sql;

    EventOrder(String sql) {
        this.sql = sql;
    }

    String sql() {
        return sql;
    }

    /** {@code date}, {@code -date}, {@code goldstein}, {@code -goldstein}, {@code code}, {@code -mentions}. */
    public static EventOrder parse(String v) {
        if (v == null || v.isBlank()) {
            return DATE_DESC;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "date" -> DATE;
            case "-date" -> DATE_DESC;
            case "goldstein" -> GOLDSTEIN;
            case "-goldstein" -> GOLDSTEIN_DESC;
            case "code" -> CODE;
            case "-mentions" -> MENTIONS_DESC;
            default -> throw new InvalidQueryException("parameter 'sort': '" + EventQuery.shortened(v)
                    + "' is not one of date, -date, goldstein, -goldstein, code, -mentions");
        };
    }
}
