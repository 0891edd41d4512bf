package org.dyad.core.model;

/**
 * Where an event happened.
 *
 * @param name    the place as the gazetteer names it
 * @param country ISO 3166-1 alpha-3 code, as CAMEO codes countries; null when the gazetteer has none
 */
public record Location(String name, String country, double lat, double lon) {
}
