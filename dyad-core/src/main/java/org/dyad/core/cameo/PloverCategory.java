package org.dyad.core.cameo;

import java.util.Objects;

/**
 * The PLOVER classification a CAMEO code converts to.
 *
 * @param event   PLOVER event type, e.g. "ASSAULT"
 * @param mode    PLOVER mode, or "" when the conversion table gives none
 * @param context PLOVER context, or "" when none; several contexts are separated by "; "
 */
public record PloverCategory(String event, String mode, String context) {

    public PloverCategory {
        // Empty strings rather than nulls so callers can write them straight to TSV/JSON output.
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(context, "context");
    }
}
