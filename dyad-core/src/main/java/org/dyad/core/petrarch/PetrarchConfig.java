package org.dyad.core.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.dictionary.Dictionaries;

/**
 * PETRARCH's {@code PETR_config.ini}: which dictionaries to load and the coder options, so a
 * PETRARCH installation's configuration works as it is. Dictionary names are looked up next to
 * the file and in its {@code dictionaries/} and {@code data/dictionaries/} folders.
 */
public record PetrarchConfig(Path verbs, List<Path> actors, Path agents, Path discards, Path issues,
                             CoderOptions options) {

    public static PetrarchConfig read(Path ini) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(ini, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ini + ": " + e.getMessage(), e);
        }
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith(";") || t.startsWith("[")) {
                continue;
            }
            int eq = t.indexOf('=');
            if (eq > 0) {
                values.put(t.substring(0, eq).strip().toLowerCase(Locale.ROOT), t.substring(eq + 1).strip());
            }
        }
        Path base = ini.toAbsolutePath().getParent();
        String verbs = required(values, "verbfile_name", ini);
        String agents = required(values, "agentfile_name", ini);
        List<Path> actors = new ArrayList<>();
        for (String a : required(values, "actorfile_list", ini).split(",")) {
            if (!a.isBlank()) {
                actors.add(find(base, a.strip()));
            }
        }
        CoderOptions options = CoderOptions.defaults();
        for (String key : List.of("require_dyad", "new_actor_length", "comma_min", "comma_max", "comma_bmin",
                "comma_bmax", "comma_emin", "comma_emax")) {
            if (values.containsKey(key)) {
                options = options.with(key, values.get(key));
            }
        }
        String discards = values.get("discardfile_name");
        String issues = values.get("issuefile_name");
        return new PetrarchConfig(find(base, verbs), actors, find(base, agents),
                discards == null || discards.isBlank() ? null : find(base, discards),
                issues == null || issues.isBlank() ? null : find(base, issues), options);
    }

    public Dictionaries load() {
        return Dictionaries.readPetrarch(verbs, actors, agents, discards, issues);
    }

    private static String required(Map<String, String> values, String key, Path ini) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(ini + ": missing '" + key + "'");
        }
        return v;
    }

    private static Path find(Path base, String name) {
        for (Path candidate : List.of(base.resolve(name), base.resolve("dictionaries").resolve(name),
                base.resolve("data").resolve("dictionaries").resolve(name))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("dictionary '" + name + "' named in the PETRARCH configuration was not found "
                + "next to it or in dictionaries/ beside it (" + base + ")");
    }
}
