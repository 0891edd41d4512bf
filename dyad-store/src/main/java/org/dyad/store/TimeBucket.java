package org.dyad.store;

import java.time.LocalDate;

/**
 * Events of one QuadClass in one period.
 *
 * @param period        the first day of the day, week (Monday) or month
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param meanGoldstein the mean Goldstein score of these events
 */
public record TimeBucket(LocalDate period, int quadClass, long events, Double meanGoldstein) {
}
