package org.dyad.core.petrarch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PETRARCH's XML input and validation files. Each {@code <Sentence>} is parsed on its own,
 * so one broken record (bad markup, missing parse, bad date) is reported with its id and line and
 * the rest of the file is still read. DTDs and external entities are never processed.
 */
public final class PetrarchXmlReader {

    /** The contents of a file: its environment (validation files only) and its items. */
    public record Contents(Environment environment, List<PetrarchItem> items) {
        public Contents {
            items = List.copyOf(items);
        }
    }

    private static final Pattern ITEM = Pattern.compile(
            "<Sentence\\b.*?(?:</Sentence\\s*>|(?=<Sentence\\b)|\\z)|<Config\\b[^>]*?/?>(?:\\s*</Config\\s*>)?",
            Pattern.DOTALL);
    private static final Pattern ENVIRONMENT = Pattern.compile("<Environment\\b.*?</Environment\\s*>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_]+)\\s*=\\s*\"([^\"]*)\"");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrarchXmlReader() {
    }

    public static Contents read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Old files are often Latin-1; read them as such rather than refuse them.
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return read(file.toString(), text);
    }

    public static Contents read(String name, String xml) {
        String text = blankComments(xml);
        int[] lineStarts = lineStarts(text);
        Environment env = Environment.none();
        Matcher em = ENVIRONMENT.matcher(text);
        int searchFrom = 0;
        List<PetrarchItem> items = new ArrayList<>();
        if (em.find()) {
            env = readEnvironment(em.group(), name, lineOf(lineStarts, em.start()));
            env.configs().forEach(items::add);
            searchFrom = em.end();
        }
        Matcher m = ITEM.matcher(text);
        m.region(searchFrom, text.length());
        while (m.find()) {
            String chunk = m.group();
            int line = lineOf(lineStarts, m.start());
            if (chunk.startsWith("<Config")) {
                items.add(config(chunk, name, line));
            } else {
                items.add(sentence(chunk, name, line, env));
            }
        }
        return new Contents(env, items);
    }

    private static PetrarchItem.Config config(String chunk, String name, int line) {
        String option = null;
        String value = null;
        Matcher a = ATTR.matcher(chunk);
        while (a.find()) {
            if (a.group(1).equals("option")) {
                option = a.group(2);
            } else if (a.group(1).equals("value")) {
                value = a.group(2);
            }
        }
        return new PetrarchItem.Config(option == null ? "" : option, value == null ? "" : value, name, line);
    }

    private static PetrarchItem sentence(String chunk, String name, int line, Environment env) {
        Matcher idm = ID.matcher(chunk);
        String id = idm.find() ? idm.group(1) : "(no id)";
        if (!chunk.contains("</Sentence")) {
            return new PetrarchItem.Malformed(id, name, line, "record is not closed with </Sentence>");
        }
        try {
            return new PetrarchItem.Sentence(parseSentence(chunk, name, line, env));
        } catch (XMLStreamException | IllegalArgumentException | DateTimeParseException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ");
            return new PetrarchItem.Malformed(id, name, line, msg);
        }
    }

    private static XMLStreamReader reader(String chunk) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f.createXMLStreamReader(new StringReader(chunk));
    }

    private static PetrarchRecord parseSentence(String chunk, String name, int line, Environment env)
            throws XMLStreamException {
        XMLStreamReader r = reader(chunk);
        String id = null;
        String category = "";
        String date = null;
        boolean valid = true;
        String text = null;
        String parse = null;
        String error = null;
        boolean hasCodings = false;
        List<ExpectedEvent> expected = new ArrayList<>();
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String el = r.getLocalName();
                switch (el) {
                    case "Sentence" -> {
                        id = r.getAttributeValue(null, "id");
                        String cat = r.getAttributeValue(null, "category");
                        category = cat == null ? "" : cat;
                        date = r.getAttributeValue(null, "date");
                        String v = r.getAttributeValue(null, "sentence");
                        if (v == null) {
                            v = r.getAttributeValue(null, "valid");
                        }
                        valid = v == null || v.strip().equalsIgnoreCase("true");
                    }
                    case "EventCoding" -> {
                        hasCodings = true;
                        String err = r.getAttributeValue(null, "error");
                        if (err != null) {
                            error = err;
                        } else if (r.getAttributeValue(null, "noevents") == null) {
                            String s = r.getAttributeValue(null, "sourcecode");
                            String t = r.getAttributeValue(null, "targetcode");
                            String c = r.getAttributeValue(null, "eventcode");
                            if (s == null || t == null || c == null) {
                                throw new IllegalArgumentException("EventCoding without sourcecode, targetcode and eventcode");
                            }
                            expected.add(new ExpectedEvent(s, t, c));
                        }
                    }
                    case "Text" -> text = elementText(r);
                    case "Parse" -> parse = elementText(r);
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("record without an id");
        }
        if (parse == null || parse.isBlank()) {
            throw new IllegalArgumentException("record " + id + " has no <Parse>");
        }
        LocalDate d = null;
        if (date != null && !date.isBlank()) {
            String digits = date.strip();
            d = LocalDate.parse(digits.length() > 8 ? digits.substring(0, 8) : digits, YYYYMMDD);
        }
        String normalized = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return new PetrarchRecord(id, category, d, normalized, parse, valid, expected, hasCodings, error,
                env.includes(category, valid), name, line);
    }

    /** The text of an element, with any markup inside it dropped. */
    private static String elementText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                sb.append(r.getText());
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                sb.append(' ');
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return sb.toString();
    }

    private static Environment readEnvironment(String chunk, String name, int line) {
        String verb = null;
        List<String> actors = new ArrayList<>();
        String agent = null;
        String discard = null;
        String issue = null;
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        List<PetrarchItem.Config> configs = new ArrayList<>();
        try {
            XMLStreamReader r = reader(chunk);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String el = r.getLocalName();
                switch (el) {
                    case "Verbfile" -> verb = elementText(r).strip();
                    case "Actorfile" -> {
                        for (String a : elementText(r).split(",")) {
                            if (!a.isBlank()) {
                                actors.add(a.strip());
                            }
                        }
                    }
                    case "Agentfile" -> agent = elementText(r).strip();
                    case "Discardfile" -> discard = elementText(r).strip();
                    case "Issuefile" -> issue = elementText(r).strip();
                    case "Include" -> include.addAll(List.of(elementText(r).strip().split("\\s+")));
                    case "Exclude" -> exclude.addAll(List.of(elementText(r).strip().split("\\s+")));
                    case "Config" -> configs.add(new PetrarchItem.Config(
                            String.valueOf(r.getAttributeValue(null, "option")),
                            String.valueOf(r.getAttributeValue(null, "value")), name, line));
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(name + ":" + line + ": unreadable <Environment>: " + e.getMessage(), e);
        }
        include.removeIf(String::isBlank);
        exclude.removeIf(String::isBlank);
        return new Environment(verb, actors, agent, discard, issue,
                include.stream().map(s -> s.equals("valid") ? s : s.toUpperCase(Locale.ROOT)).toList(),
                exclude, configs);
    }

    /** Replaces XML comments with blanks, keeping line breaks so line numbers stay right. */
    static String blankComments(String xml) {
        StringBuilder sb = new StringBuilder(xml);
        int from = 0;
        while (true) {
            int open = xml.indexOf("<!--", from);
            if (open < 0) {
                break;
            }
            int close = xml.indexOf("-->", open + 4);
            int end = close < 0 ? xml.length() : close + 3;
            for (int i = open; i < end; i++) {
                if (sb.charAt(i) != '\n') {
                    sb.setCharAt(i, ' ');
                }
            }
            from = end;
        }
        return sb.toString();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }
}
