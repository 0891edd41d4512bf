package org.dyad.core.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.cameo.CameoTable;

/**
 * Lints a set of dictionaries: lines that could not be used, names that two entries claim (the
 * second can never be chosen), roles of one actor that overlap with different codes, event codes
 * that are not CAMEO codes, agent codes that are not CAMEO's, and patterns that repeat an earlier
 * pattern of the same verb and so are never tried.
 */
public final class DictionaryCheck {

    /** A finding; errors make the check fail, warnings are for review. */
    public record Finding(boolean error, String where, String message) {
        @Override
        public String toString() {
            return (error ? "error: " : "warning: ") + where + ": " + message;
        }
    }

    private DictionaryCheck() {
    }

    public static List<Finding> check(Dictionaries d, CameoTable cameo) {
        List<Finding> out = new ArrayList<>();
        for (DictionaryProblem p : d.problems()) {
            out.add(new Finding(true, p.file() + ":" + p.line(), p.message()));
        }
        checkActors(d.actors(), out);
        checkVerbs(d.verbs(), cameo, out);
        Set<String> types = actorTypes();
        Set<Actor> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (PhraseIndex.Entry<Actor> e : d.actors().index().entries()) {
            if (seen.add(e.value())) {
                for (DatedCode c : e.value().codes()) {
                    String unknown = unknownAgent(c.code(), types);
                    if (unknown != null) {
                        out.add(new Finding(false, e.value().source(), e.value().name() + ": " + unknown
                                + " in " + c.code() + " is not a CAMEO agent code"));
                    }
                }
            }
        }
        for (PhraseIndex.Entry<Agent> e : d.agents().index().entries()) {
            String unknown = unknownAgent("---" + e.value().code(), types);
            if (unknown != null) {
                out.add(new Finding(false, e.value().source(), e.value().name() + ": agent code " + e.value().code()
                        + " is not a CAMEO agent code"));
            }
        }
        return out;
    }

    private static void checkActors(ActorDictionary actors, List<Finding> out) {
        Map<String, Actor> byName = new HashMap<>();
        for (PhraseIndex.Entry<Actor> e : actors.index().entries()) {
            String key = e.pattern().toString().replace('_', ' ');
            Actor other = byName.putIfAbsent(key, e.value());
            if (other != null && other != e.value() && !sameCodes(other, e.value())) {
                out.add(new Finding(true, e.value().source(), "'" + key + "' is also a name of " + other.name()
                        + " (" + other.source() + ") with other codes; only one of them can ever be chosen"));
            }
        }
        Set<Actor> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (PhraseIndex.Entry<Actor> e : actors.index().entries()) {
            Actor a = e.value();
            if (!seen.add(a)) {
                continue;
            }
            List<DatedCode> roles = a.codes().stream().filter(DatedCode::restricted).toList();
            for (int i = 0; i < roles.size(); i++) {
                for (int j = i + 1; j < roles.size(); j++) {
                    DatedCode x = roles.get(i);
                    DatedCode y = roles.get(j);
                    if (!x.code().equals(y.code()) && overlap(x, y)) {
                        out.add(new Finding(false, a.source(), a.name() + ": roles " + x.code() + " " + period(x)
                                + " and " + y.code() + " " + period(y) + " overlap; the first listed wins"));
                    }
                }
            }
        }
    }

    private static boolean sameCodes(Actor a, Actor b) {
        return a.codes().equals(b.codes());
    }

    private static boolean overlap(DatedCode x, DatedCode y) {
        boolean xEndsBeforeY = x.to() != null && y.from() != null && x.to().isBefore(y.from());
        boolean yEndsBeforeX = y.to() != null && x.from() != null && y.to().isBefore(x.from());
        return !xEndsBeforeY && !yEndsBeforeX;
    }

    private static String period(DatedCode c) {
        return (c.from() == null ? "" : c.from().toString()) + ".." + (c.to() == null ? "" : c.to().toString());
    }

    private static void checkVerbs(VerbDictionary verbs, CameoTable cameo, List<Finding> out) {
        for (VerbForm f : verbs.forms().values()) {
            if (f.source() != null && !knownEventCode(f.code(), cameo)) {
                out.add(new Finding(true, f.source(), f.word() + ": " + f.code() + " is not a CAMEO event code"));
            }
        }
        for (Map.Entry<String, List<VerbPattern>> e : verbs.patterns().entrySet()) {
            Set<String> seen = new HashSet<>();
            for (VerbPattern p : e.getValue()) {
                if (!knownEventCode(p.code(), cameo)) {
                    out.add(new Finding(true, p.source(), p.code() + " is not a CAMEO event code: " + p.text().strip()));
                }
                String key = p.upper() + "*" + p.lower();
                if (!seen.add(key)) {
                    out.add(new Finding(true, p.source(), "never tried: an earlier pattern of " + e.getKey()
                            + " is the same (" + p.text().strip() + ")"));
                }
            }
        }
    }

    static boolean knownEventCode(String code, CameoTable cameo) {
        if (code.equals("---")) {
            return true;
        }
        for (String part : code.split(":")) {
            if (!part.isEmpty() && !cameo.isKnown(part)) {
                return false;
            }
        }
        return true;
    }

    /** The first agent block of {@code code} (after its three-letter root) that CAMEO does not know. */
    private static String unknownAgent(String code, Set<String> types) {
        if (code.startsWith("\"") || code.length() <= 3) {
            return null;
        }
        String root = code.substring(0, 3);
        if (root.equals("IGO") || root.equals("NGO") || root.equals("IMG") || root.equals("MNC")) {
            return null; // these roots are followed by organisation codes, not agents
        }
        for (int k = 3; k + 3 <= code.length(); k += 3) {
            String block = code.substring(k, k + 3);
            if (!types.contains(block)) {
                return block;
            }
        }
        return null;
    }

    static Set<String> actorTypes() {
        try (InputStream in = DictionaryCheck.class.getResourceAsStream("/org/dyad/core/cameo/cameo-actor-types.tsv")) {
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t")[0].strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
