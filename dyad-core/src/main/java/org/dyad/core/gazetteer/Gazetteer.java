package org.dyad.core.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Place names to places, read from files in the GeoNames dump format ({@code cities15000.txt},
 * {@code allCountries.txt}, or dyad's built-in countries and capitals). Only countries (feature
 * codes PCL*), first-order divisions (ADM1) and populated places (class P) are kept, and
 * alternate names only for countries, divisions and places of 15,000 people or more, so that
 * {@code allCountries.txt} fits in memory. A name that several places share means the country,
 * else the capital, else the most populous.
 */
public final class Gazetteer {

    private static final String BUILT_IN = "/org/dyad/core/gazetteer/countries-and-capitals.txt";
    private static final long ALTERNATE_NAMES_FROM = 15_000;

    private final Map<String, Place> byName = new HashMap<>();
    private int maxWords = 1;

    private Gazetteer() {
    }

    /** An empty gazetteer: no event gets a place. */
    public static Gazetteer empty() {
        return new Gazetteer();
    }

    /** Every country, its capital and the cities news names most, written for dyad. */
    public static Gazetteer builtIn() {
        Gazetteer g = new Gazetteer();
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUILT_IN)) {
            if (in != null) {
                g.read(BUILT_IN, in, true, problem -> {
                    throw new IllegalStateException("built-in gazetteer: " + problem);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    /** Adds a GeoNames file; a malformed line is reported as file:line and skipped. */
    public Gazetteer add(Path file, Consumer<String> problems) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(file.toString(), in, false, problems);
        }
        return this;
    }

    /** @param allAlternates index every alternate name (the built-in file is small and chosen) */
    private void read(String name, InputStream in, boolean allAlternates, Consumer<String> problems)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 15) {
                problems.accept(name + ":" + n + ": expected the 19 tab-separated GeoNames columns, found " + f.length);
                continue;
            }
            String featureClass = f[6];
            String featureCode = f[7];
            boolean division = featureClass.equals("A") && (featureCode.startsWith("PCL") || featureCode.equals("ADM1"));
            if (!division && !featureClass.equals("P")) {
                continue;
            }
            Place p;
            try {
                p = new Place(f[1], iso3(f[8]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), featureCode,
                        f[14].isBlank() ? 0 : Long.parseLong(f[14]));
            } catch (NumberFormatException e) {
                problems.accept(name + ":" + n + ": not a number: " + e.getMessage());
                continue;
            }
            index(f[1], p);
            index(f[2], p);
            if (allAlternates || division || p.population() >= ALTERNATE_NAMES_FROM) {
                for (String alt : f[3].split(",")) {
                    index(alt, p);
                }
            }
        }
    }

    private void index(String name, Place p) {
        String key = key(name);
        if (key.isEmpty()) {
            return;
        }
        byName.merge(key, p, (old, neu) -> neu.rank() > old.rank()
                || neu.rank() == old.rank() && neu.population() > old.population() ? neu : old);
        maxWords = Math.max(maxWords, key.split(" ").length);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** ISO 3166 alpha-2 to the alpha-3 code CAMEO uses; null when unknown. */
    private static String iso3(String alpha2) {
        if (alpha2.length() != 2) {
            return null;
        }
        try {
            String c = new Locale("", alpha2).getISO3Country();
            return c.isEmpty() ? null : c;
        } catch (MissingResourceException e) {
            return alpha2.equals("XK") ? "XKX" : null;
        }
    }

    public Optional<Place> lookup(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The longest place name that the gazetteer holds, in words. */
    public int maxWords() {
        return maxWords;
    }

    public int size() {
        return byName.size();
    }
}
