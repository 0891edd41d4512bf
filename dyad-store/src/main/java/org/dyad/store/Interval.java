package org.dyad.store;

import java.util.Locale;

/** The period a time series counts events by. */
public enum Interval {
    DAY, WEEK, MONTH;

    /** DuckDB's name of the period, as {@code date_trunc} takes it. */
    String sql() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Interval parse(String v) {
        if (v == null || v.isBlank()) {
            return WEEK;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "day" -> DAY;
            case "week" -> WEEK;
            case "month" -> MONTH;
            default -> throw new InvalidQueryException("parameter 'interval': '" + EventQuery.shortened(v)
                    + "' is not one of day, week, month");
        };
    }
}
