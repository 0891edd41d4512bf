package org.dyad.core.dictionary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads dyad's YAML dictionaries (docs/dictionary-format.md). Each entry is translated into the
 * PETRARCH lines that say the same thing, keeping the YAML file and line, and the PETRARCH readers
 * build the model: one reading path for both formats, and every problem names the YAML line.
 */
public final class DyadDictionaryReader {

    /** The PETRARCH-format lines collected from dyad files, by dictionary, with the problems found. */
    public static final class Collected {
        final List<DictionaryLine> actors = new ArrayList<>();
        final List<DictionaryLine> agents = new ArrayList<>();
        final List<DictionaryLine> verbs = new ArrayList<>();
        final List<DictionaryLine> synsets = new ArrayList<>();
        final List<DictionaryLine> transformations = new ArrayList<>();
        final List<DictionaryLine> discards = new ArrayList<>();
        final List<DictionaryProblem> problems = new ArrayList<>();

        /** The dictionaries these lines make; problems of reading and of building are all kept. */
        public Dictionaries build() {
            List<DictionaryLine> verbLines = new ArrayList<>(synsets);
            verbLines.addAll(verbs);
            verbLines.addAll(transformations);
            VerbDictionary v = VerbDictionary.readPetrarch(verbLines);
            ActorDictionary a = ActorDictionary.fromLines(actors);
            AgentDictionary g = AgentDictionary.readPetrarch(agents);
            DiscardList d = DiscardList.readPetrarch(discards);
            List<DictionaryProblem> all = new ArrayList<>(problems);
            all.addAll(a.problems());
            return new Dictionaries(v, new ActorDictionary(a.index(), all), g, d, IssueDictionary.empty());
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private DyadDictionaryReader() {
    }

    /** Adds one YAML file's entries to {@code into}. */
    public static void read(String name, String yaml, Collected into) {
        try (JsonParser p = MAPPER.getFactory().createParser(yaml)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                into.problems.add(new DictionaryProblem(name, 1, "a dictionary file is a mapping of sections "
                        + "(actors, agents, verbs, synsets, transformations, discards)"));
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                int line = line(p);
                JsonToken t = p.nextToken();
                switch (section) {
                    case "actors" -> eachEntry(p, t, name, line, into, DyadDictionaryReader::actor);
                    case "agents" -> eachEntry(p, t, name, line, into, DyadDictionaryReader::agent);
                    case "verbs" -> verbs(p, t, name, line, into);
                    case "synsets" -> synsets(p, t, name, into);
                    case "transformations" -> eachEntry(p, t, name, line, into, DyadDictionaryReader::transformation);
                    case "discards" -> discards(p, t, name, into);
                    default -> {
                        into.problems.add(new DictionaryProblem(name, line, "unknown section '" + section + "'"));
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            into.problems.add(new DictionaryProblem(name, line, "not valid YAML: " + e.getOriginalMessage()
                    + " (the rest of this file was not read)"));
        } catch (IOException e) {
            into.problems.add(new DictionaryProblem(name, 0, "cannot read: " + e.getMessage()));
        }
    }

    private interface EntryReader {
        void read(JsonNode entry, String file, int line, Collected into);
    }

    private static int line(JsonParser p) {
        return p.currentLocation().getLineNr();
    }

    private static void eachEntry(JsonParser p, JsonToken t, String file, int line, Collected into, EntryReader r)
            throws IOException {
        if (t != JsonToken.START_ARRAY) {
            into.problems.add(new DictionaryProblem(file, line, "expected a list of entries"));
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int at = line(p);
            JsonNode entry = p.readValueAsTree();
            try {
                r.read(entry, file, at, into);
            } catch (IllegalArgumentException e) {
                into.problems.add(new DictionaryProblem(file, at, e.getMessage()));
            }
        }
    }

    // ---- actors ---------------------------------------------------------------------------------

    private static void actor(JsonNode e, String file, int line, Collected into) {
        String name = text(e, "name");
        if (name == null) {
            throw new IllegalArgumentException("actor without a name");
        }
        String code = text(e, "code");
        into.actors.add(new DictionaryLine(file, line, phrase(name) + (code == null ? "" : " [" + code(code) + "]")));
        for (JsonNode alias : list(e, "aliases")) {
            into.actors.add(new DictionaryLine(file, line, "+" + phrase(alias.asText())));
        }
        for (JsonNode role : list(e, "roles")) {
            String roleCode = text(role, "code");
            if (roleCode == null) {
                throw new IllegalArgumentException("role of " + name + " without a code");
            }
            LocalDate from = date(role, "from", name);
            LocalDate to = date(role, "to", name);
            String period;
            if (from != null && to != null) {
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException("role of " + name + " ends (" + to + ") before it starts (" + from + ")");
                }
                period = compact(from) + "-" + compact(to);
            } else if (from != null) {
                period = ">" + compact(from);
            } else if (to != null) {
                period = "<" + compact(to);
            } else {
                throw new IllegalArgumentException("role " + roleCode + " of " + name
                        + " has neither 'from' nor 'to': give the dates, or make it the entry's code");
            }
            into.actors.add(new DictionaryLine(file, line, "\t[" + code(roleCode) + " " + period + "]"));
        }
    }

    private static LocalDate date(JsonNode role, String field, String name) {
        String s = text(role, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("role of " + name + ": '" + s + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String compact(LocalDate d) {
        return String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    // ---- agents ---------------------------------------------------------------------------------

    private static void agent(JsonNode e, String file, int line, Collected into) {
        String code = text(e, "code");
        if (code == null) {
            throw new IllegalArgumentException("agent entry without a code");
        }
        boolean before = e.path("before").asBoolean(false);
        String bracket = before ? "[" + code(code) + "~]" : "[~" + code(code) + "]";
        for (JsonNode n : list(e, "nouns")) {
            into.agents.add(new DictionaryLine(file, line, phrase(n.asText()) + " " + bracket));
        }
        for (JsonNode n : list(e, "exact")) {
            into.agents.add(new DictionaryLine(file, line, phrase(n.asText()) + " {} " + bracket));
        }
    }

    // ---- verbs ----------------------------------------------------------------------------------

    private static void verbs(JsonParser p, JsonToken t, String file, int line, Collected into) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            into.problems.add(new DictionaryProblem(file, line, "expected a list of verb blocks"));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int at = line(p);
            String name = null;
            String code = "---";
            List<String> verbs = new ArrayList<>();
            List<DictionaryLine> patterns = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                switch (field) {
                    case "name" -> name = scalar(p, v, file, "name", into);
                    case "code" -> {
                        String c = scalar(p, v, file, "code", into);
                        code = c == null ? "---" : c;
                    }
                    case "verbs" -> {
                        JsonNode list = p.readValueAsTree();
                        list.forEach(n -> verbs.add(verb(n.asText())));
                    }
                    case "patterns" -> {
                        if (v != JsonToken.START_OBJECT) {
                            into.problems.add(new DictionaryProblem(file, line(p), "patterns: expected "
                                    + "\"pattern\": \"code\" pairs"));
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String pattern = p.currentName();
                            int patternLine = line(p);
                            String patternCode = scalar(p, p.nextToken(), file, "pattern code", into);
                            if (patternCode != null) {
                                patterns.add(new DictionaryLine(file, patternLine, "- "
                                        + pattern.toUpperCase(Locale.ROOT) + " [" + patternCode.strip() + "]"));
                            }
                        }
                    }
                    default -> {
                        into.problems.add(new DictionaryProblem(file, line(p), "unknown field '" + field
                                + "' in a verb block"));
                        p.skipChildren();
                    }
                }
            }
            if (verbs.isEmpty()) {
                into.problems.add(new DictionaryProblem(file, at, "verb block " + (name == null ? "" : name + " ")
                        + "without verbs"));
                continue;
            }
            String block = name == null ? verbs.get(0).split("[ {]")[0].replace("+", "") : name.toUpperCase(Locale.ROOT);
            into.verbs.add(new DictionaryLine(file, at, "--- " + block.replace(' ', '_') + " [" + code.strip() + "] ---"));
            for (String verb : verbs) {
                into.verbs.add(new DictionaryLine(file, at, verb));
            }
            into.verbs.addAll(patterns);
        }
    }

    /**
     * The text of a verb block's field, or null after reporting that it has none: an empty value
     * (a code written as {@code #110} is a YAML comment) or a list or mapping where text belongs,
     * which is skipped whole so that reading goes on after it.
     */
    private static String scalar(JsonParser p, JsonToken v, String file, String field, Collected into)
            throws IOException {
        String value = v != null && v.isScalarValue() ? p.getValueAsString() : null;
        if (value == null || value.isBlank()) {
            into.problems.add(new DictionaryProblem(file, line(p), "verb block: '" + field + "' needs a value"
                    + (field.endsWith("code") ? ", a CAMEO code such as \"110\" (quoted, as # starts a comment)" : "")));
            p.skipChildren();
            return null;
        }
        return value;
    }

    /** "take {took taken}" stays as it is; "break down" becomes PETRARCH's BREAK_DOWN. */
    private static String verb(String written) {
        String v = Spelling.fold(written.strip());
        String code = "";
        int bracket = v.indexOf('[');
        if (bracket >= 0) { // "downplay [014]": the verb's own code
            code = " " + v.substring(bracket).strip();
            v = v.substring(0, bracket).strip();
        }
        int brace = v.indexOf('{');
        String head = (brace < 0 ? v : v.substring(0, brace)).strip();
        String forms = brace < 0 ? "" : " " + v.substring(brace).strip();
        return String.join("_", head.split("\\s+")) + forms + code;
    }

    private static void synsets(JsonParser p, JsonToken t, String file, Collected into) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            into.problems.add(new DictionaryProblem(file, line(p), "synsets: expected NAME: [members]"));
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName().strip().toUpperCase(Locale.ROOT);
            int at = line(p);
            p.nextToken();
            JsonNode members = p.readValueAsTree();
            // members are exact phrases: plurals are listed by the writer, so the name ends in '_'
            into.synsets.add(new DictionaryLine(file, at, "&" + (name.startsWith("&") ? name.substring(1) : name) + "_"));
            for (JsonNode m : members) {
                String member = m.asText().strip().toUpperCase(Locale.ROOT);
                into.synsets.add(new DictionaryLine(file, at, "+" + (member.startsWith("&") ? member : member.replace(' ', '_'))));
            }
        }
    }

    private static void transformation(JsonNode e, String file, int line, Collected into) {
        into.transformations.add(new DictionaryLine(file, line, "~ " + e.asText().strip()));
    }

    // ---- discards -------------------------------------------------------------------------------

    private static void discards(JsonParser p, JsonToken t, String file, Collected into) throws IOException {
        int at = line(p);
        JsonNode d = p.readValueAsTree();
        if (t != JsonToken.START_OBJECT) {
            into.problems.add(new DictionaryProblem(file, at, "discards: expected story: [...] and sentence: [...]"));
            return;
        }
        for (String kind : List.of("story", "sentence")) {
            for (JsonNode n : list(d, kind)) {
                String phrase = n.asText().strip();
                boolean stem = phrase.endsWith("*");
                String words = stem ? phrase.substring(0, phrase.length() - 1) : phrase;
                into.discards.add(new DictionaryLine(file, at, (kind.equals("story") ? "+" : "")
                        + words.toUpperCase(Locale.ROOT) + (stem ? "" : "_")));
            }
        }
    }

    // ---- values ---------------------------------------------------------------------------------

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Iterable<JsonNode> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            return List.of(v);
        }
        return v;
    }

    /**
     * A name as a PETRARCH phrase: its words must stand next to each other, except where the name
     * has "..." between two words, which lets other words come between them.
     */
    static String phrase(String name) {
        String s = Spelling.fold(name.strip());
        if (s.isEmpty() || s.contains("[") || s.contains("]") || s.startsWith("...") || s.endsWith("...")) {
            throw new IllegalArgumentException("'" + name + "' cannot be a name");
        }
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (String w : s.split("\\s+")) {
            if (w.equals("...") || w.equals("\u2026")) {
                gap = true;
                continue;
            }
            if (out.length() > 0) {
                out.append(gap ? ' ' : '_');
            }
            out.append(w);
            gap = false;
        }
        return out.toString();
    }

    private static String code(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9-]{3,}(/[A-Z0-9-]{3,})*")) { // "FRO/BIL/SAM": one name for several actors
            throw new IllegalArgumentException("'" + code + "' is not a CAMEO actor code");
        }
        return c;
    }
}
