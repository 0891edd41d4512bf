package org.dyad.core.dictionary;

import java.time.LocalDate;

/**
 * An actor code that holds from {@code from} to {@code to}, both inclusive; a null bound is open.
 * An unrestricted code has both bounds null.
 */
public record DatedCode(String code, LocalDate from, LocalDate to) {

    public static DatedCode always(String code) {
        return new DatedCode(code, null, null);
    }

    public boolean restricted() {
        return from != null || to != null;
    }

    public boolean holdsOn(LocalDate date) {
        if (date == null) {
            return !restricted();
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
