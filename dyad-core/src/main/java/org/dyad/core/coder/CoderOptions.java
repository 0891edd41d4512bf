package org.dyad.core.coder;

import java.util.Locale;

/**
 * The coder's switches, with PETRARCH's names and defaults.
 *
 * @param requireDyad    drop events whose source or target is uncoded ("---")
 * @param newActorLength when greater than zero, an uncoded noun phrase of fewer words than this
 *                       is written in quotes instead of "---", for dictionary development
 * @param commaMin       internal comma-delimited clauses of this many words or more (and at most
 *                       {@code commaMax}) are removed before coding; 0 for max switches it off.
 *                       The B (beginning) and E (end) pairs do the same for the first and last clause.
 */
public record CoderOptions(boolean requireDyad, int newActorLength,
                           int commaMin, int commaMax, int commaBMin, int commaBMax,
                           int commaEMin, int commaEMax) {

    public static CoderOptions defaults() {
        return new CoderOptions(true, 0, 2, 8, 0, 0, 2, 8);
    }

    /**
     * This set of options with one changed, as a PETRARCH {@code <Config option="..." value="...">}
     * tag says.
     *
     * @throws IllegalArgumentException for an unknown option or a value of the wrong kind
     */
    public CoderOptions with(String option, String value) {
        String o = option.strip().toLowerCase(Locale.ROOT);
        String v = value.strip();
        return switch (o) {
            case "require_dyad" -> new CoderOptions(!v.toLowerCase(Locale.ROOT).contains("false"), newActorLength,
                    commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax);
            case "new_actor_length" -> new CoderOptions(requireDyad, integer(o, v),
                    commaMin, commaMax, commaBMin, commaBMax, commaEMin, commaEMax);
            case "comma_min" -> new CoderOptions(requireDyad, newActorLength,
                    integer(o, v), commaMax, commaBMin, commaBMax, commaEMin, commaEMax);
            case "comma_max" -> new CoderOptions(requireDyad, newActorLength,
                    commaMin, integer(o, v), commaBMin, commaBMax, commaEMin, commaEMax);
            case "comma_bmin" -> new CoderOptions(requireDyad, newActorLength,
                    commaMin, commaMax, integer(o, v), commaBMax, commaEMin, commaEMax);
            case "comma_bmax" -> new CoderOptions(requireDyad, newActorLength,
                    commaMin, commaMax, commaBMin, integer(o, v), commaEMin, commaEMax);
            case "comma_emin" -> new CoderOptions(requireDyad, newActorLength,
                    commaMin, commaMax, commaBMin, commaBMax, integer(o, v), commaEMax);
            case "comma_emax" -> new CoderOptions(requireDyad, newActorLength,
                    commaMin, commaMax, commaBMin, commaBMax, commaEMin, integer(o, v));
            case "stop_on_error" -> this; // a batch never stops on one bad record
            default -> throw new IllegalArgumentException("unknown coder option '" + option + "'");
        };
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not '" + value + "'");
        }
    }
}
