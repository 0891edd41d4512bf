package org.dyad.core.dictionary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns PETRARCH dictionary files into dyad's YAML format, entry by entry. */
public final class PetrarchConverter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    private PetrarchConverter() {
    }

    private static String yaml(Object o) {
        try {
            return YAML.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PETRARCH phrase as a dyad name: '_' joins adjacent words, a blank lets words come between ("..."). */
    private static String words(String petrarch) {
        String s = petrarch.strip();
        while (s.endsWith("_")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.replaceAll("\\s+", " ... ").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** Agent nouns carry PETRARCH's connectors too, but their plurals are made by the reader. */
    private static String noun(String petrarch) {
        return words(petrarch);
    }

    public static String actors(List<DictionaryLine> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Object> entry = null;
        for (DictionaryLine line : lines) {
            String t = line.text();
            if (Character.isWhitespace(t.charAt(0)) && t.strip().startsWith("[")) {
                if (entry == null) {
                    continue;
                }
                DatedCode c = PetrarchActorReader.parseCode(line, t.strip());
                if (!c.restricted()) {
                    entry.put("code", c.code());
                } else {
                    Map<String, Object> role = new LinkedHashMap<>();
                    role.put("code", c.code());
                    if (c.from() != null) {
                        role.put("from", c.from().toString());
                    }
                    if (c.to() != null) {
                        role.put("to", c.to().toString());
                    }
                    @SuppressWarnings("unchecked")
                    List<Object> roles = (List<Object>) entry.computeIfAbsent("roles", k -> new ArrayList<>());
                    roles.add(role);
                }
            } else if (t.startsWith("+")) {
                if (entry != null) {
                    String alias = t.substring(1).split(";", 2)[0];
                    int br = alias.indexOf('[');
                    @SuppressWarnings("unchecked")
                    List<Object> aliases = (List<Object>) entry.computeIfAbsent("aliases", k -> new ArrayList<>());
                    aliases.add(words(br >= 0 ? alias.substring(0, br) : alias));
                }
            } else {
                entry = new LinkedHashMap<>();
                String name = t.split(";", 2)[0];
                int br = name.indexOf('[');
                entry.put("name", words(br >= 0 ? name.substring(0, br) : name));
                if (br >= 0) {
                    DatedCode c = PetrarchActorReader.parseCode(line, name.substring(br));
                    entry.put("code", c.code());
                }
                out.add(entry);
            }
        }
        return "# converted from PETRARCH actor dictionaries by dyad dict convert\n" + yaml(Map.of("actors", out));
    }

    public static String agents(List<DictionaryLine> lines) {
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<DictionaryLine> expanded = new ArrayList<>();
        for (DictionaryLine line : lines) {
            String t = line.text().strip();
            if (t.startsWith("!") && t.contains("=")) {
                int close = t.indexOf('!', 1);
                List<String> members = new ArrayList<>();
                for (String m : t.substring(t.indexOf('=') + 1).split(",")) {
                    if (!m.isBlank()) {
                        members.add(m.strip());
                    }
                }
                substitutions.put(t.substring(1, close), members);
            } else if (t.contains("!")) {
                int a = t.indexOf('!');
                int b = t.indexOf('!', a + 1);
                List<String> members = b > a ? substitutions.get(t.substring(a + 1, b)) : null;
                if (members != null) {
                    for (String m : members) { // written out: dyad's format has no substitution sets
                        String phrase = t.substring(0, a) + m + t.substring(b + 1);
                        int br = phrase.indexOf('[');
                        expanded.add(new DictionaryLine(line.file(), line.number(),
                                phrase.substring(0, br).strip() + " {} " + phrase.substring(br)));
                    }
                }
            } else {
                expanded.add(line);
            }
        }
        for (DictionaryLine line : expanded) {
            String t = line.text().strip();
            int open = t.indexOf('[');
            int close = t.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                continue;
            }
            Agent a = Agent.fromDictionaryCode("", t.substring(open + 1, close), "");
            String phrase = t.substring(0, open).strip();
            Map<String, Object> entry = byCode.computeIfAbsent((a.suffix() ? "~" : "") + a.code(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", a.code());
                if (!a.suffix()) {
                    m.put("before", true);
                }
                return m;
            });
            int brace = phrase.indexOf('{');
            if (brace >= 0) {
                @SuppressWarnings("unchecked")
                List<Object> exact = (List<Object>) entry.computeIfAbsent("exact", k -> new ArrayList<>());
                exact.add(words(phrase.substring(0, brace)));
                int end = phrase.indexOf('}', brace);
                for (String p : phrase.substring(brace + 1, end < 0 ? phrase.length() : end).split("\\s+")) {
                    if (!p.isBlank()) {
                        exact.add(words(p));
                    }
                }
            } else if (!phrase.contains("!")) {
                @SuppressWarnings("unchecked")
                List<Object> nouns = (List<Object>) entry.computeIfAbsent("nouns", k -> new ArrayList<>());
                nouns.add(words(phrase));
            }
        }
        return "# converted from a PETRARCH agent dictionary by dyad dict convert\n"
                + yaml(Map.of("agents", new ArrayList<>(byCode.values())));
    }

    public static String verbs(List<DictionaryLine> lines) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, List<String>> synsets = new LinkedHashMap<>();
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<String> transformations = new ArrayList<>();
        Map<String, Object> block = null;
        List<String> currentSynset = null;
        boolean synsetPlurals = false;
        for (DictionaryLine line : lines) {
            String t = line.text().strip();
            if (t.startsWith("&")) {
                currentSynset = new ArrayList<>();
                String name = t.split("\\s+")[0].substring(1);
                synsetPlurals = !name.endsWith("_");
                synsets.put(synsetPlurals ? name : name.substring(0, name.length() - 1), currentSynset);
                continue;
            }
            if (t.startsWith("+") && currentSynset != null) {
                // synset members are consecutive words; PETRARCH adds plurals unless told not to, dyad lists them
                String member = t.substring(1).strip();
                boolean exact = !synsetPlurals || member.endsWith("_") || member.startsWith("&");
                String phrase = member.replaceAll("_+$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
                currentSynset.add(phrase);
                if (!exact) {
                    currentSynset.add(PetrarchVerbReader.plural(phrase.toUpperCase(Locale.ROOT)).toLowerCase(Locale.ROOT));
                }
                continue;
            }
            currentSynset = null;
            if (t.startsWith("---")) {
                block = new LinkedHashMap<>();
                String inner = t.replace("-", " ").strip();
                int br = inner.indexOf('[');
                block.put("name", (br >= 0 ? inner.substring(0, br) : inner).strip());
                int close = inner.indexOf(']', br + 1);
                block.put("code", br >= 0 && close > br ? inner.substring(br + 1, close).strip() : "---");
                block.put("verbs", new ArrayList<String>());
                block.put("patterns", new LinkedHashMap<String, String>());
                blocks.add(block);
            } else if (t.startsWith("~")) {
                transformations.add(t.substring(1).strip());
            } else if (t.startsWith("-") && block != null) {
                int open = t.lastIndexOf('[');
                int close = t.indexOf(']', open + 1);
                if (open > 0 && close > open) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> patterns = (Map<String, String>) block.get("patterns");
                    patterns.putIfAbsent(t.substring(1, open).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
                            t.substring(open + 1, close).strip());
                }
            } else if (block != null) {
                @SuppressWarnings("unchecked")
                List<String> verbs = (List<String>) block.get("verbs");
                int br = t.indexOf('[');
                String verb = (br >= 0 ? t.substring(0, br) : t).strip().toLowerCase(Locale.ROOT);
                if (br >= 0) {
                    int close = t.indexOf(']', br);
                    verb = verb + " [" + t.substring(br + 1, close < 0 ? t.length() : close).strip() + "]";
                }
                verbs.add(verb.replaceAll("\\s+", " "));
            }
        }
        if (!synsets.isEmpty()) {
            doc.put("synsets", synsets);
        }
        doc.put("verbs", blocks);
        if (!transformations.isEmpty()) {
            doc.put("transformations", transformations);
        }
        return "# converted from a PETRARCH verb dictionary by dyad dict convert\n" + yaml(doc);
    }

    public static String discards(List<DictionaryLine> lines) {
        List<String> story = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        for (DictionaryLine line : lines) {
            String t = line.text().strip();
            boolean isStory = t.startsWith("+");
            String phrase = isStory ? t.substring(1).strip() : t;
            String written = phrase.endsWith("_") ? words(phrase) : words(phrase) + "*";
            (isStory ? story : sentence).add(written);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("story", story);
        d.put("sentence", sentence);
        return "# converted from a PETRARCH discard list by dyad dict convert\n" + yaml(Map.of("discards", d));
    }

}
