package org.dyad.core.gazetteer;

import org.dyad.core.model.Location;

/**
 * One gazetteer entry, as a GeoNames line gives it.
 *
 * @param featureCode GeoNames' feature code: PCLI for a country, PPLC for a capital, PPL... for
 *                    other populated places
 */
public record Place(String name, String country, double lat, double lon, String featureCode, long population) {

    boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    /** Which of two places a bare name means: a country, then a capital, then the larger place. */
    int rank() {
        return isCountry() ? 3 : featureCode.equals("PPLC") ? 2 : featureCode.startsWith("PPL") ? 1 : 0;
    }

    public Location location() {
        return new Location(name, country, lat, lon);
    }
}
