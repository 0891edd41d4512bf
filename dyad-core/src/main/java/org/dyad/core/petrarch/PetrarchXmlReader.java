package org.dyad.core.petrarch;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.Consumer;
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

    private static final Pattern ENVIRONMENT = Pattern.compile("<Environment\\b.*?</Environment\\s*>", Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PARSER_PLACE = Pattern.compile("\\s*at \\[row,col[^\\]]*\\]: \\[(\\d+),\\d+\\]");
    /** How Woodstox's lazy exceptions name the exception they carry: "[com.ctc.wstx.exc.X] ...". */
    private static final Pattern WRAPPER = Pattern.compile("^\\[[\\w.$]+\\]\\s*");
    private static final Pattern UNDECLARED_ENTITY = Pattern.compile("Undeclared general entity \"([^\"]*)\"");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z_]+)\\s*=\\s*\"([^\"]*)\"");
    /** The longest text of one element: a sentence and its parse are a few thousand characters. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** PETRARCH's files nest four deep; anything far deeper is not one of them. */
    public static final int MAX_ELEMENT_DEPTH = 64;
    /** The largest file read again record by record when it turns out not to be well-formed. */
    public static final long MAX_RECORD_BY_RECORD_BYTES = 256L << 20;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrarchXmlReader() {
    }

    /**
     * Reads a whole file into memory (validation suites, single records); files larger than
     * {@link #MAX_RECORD_BY_RECORD_BYTES} are refused with a message that points to streaming.
     */
    public static Contents read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_RECORD_BY_RECORD_BYTES) {
                throw new IllegalArgumentException(file + ": " + size + " bytes is more than the "
                        + MAX_RECORD_BY_RECORD_BYTES + " a validation suite or a single record is read whole in; "
                        + "code large files with dyad code, which streams them");
            }
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
        Contents whole = readWellFormed(name, xml);
        return whole != null ? whole : readRecordByRecord(name, xml);
    }

    /**
     * One streaming pass over a well-formed file; null when the file is not well-formed, so that
     * it is read record by record instead and only the broken records are lost.
     */
    private static Contents readWellFormed(String name, String xml) {
        List<PetrarchItem> items = new ArrayList<>();
        try {
            Environment env = scan(factory().createXMLStreamReader(new StringReader(xml)), name, items::add);
            return new Contents(env, items);
        } catch (XMLStreamException | RuntimeException e) {
            return null; // StAX parsers report some errors lazily, as runtime exceptions
        }
    }

    /** Thrown through the parser when the consumer of items fails, so it is not taken for bad XML. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /**
     * Streams a file's items to {@code sink} in document order without holding the file in memory.
     * A file that turns out not to be well-formed is read again record by record from the point
     * where streaming stopped, so every readable record still arrives, exactly once; that holds
     * the file in memory, so past {@link #MAX_RECORD_BY_RECORD_BYTES} the rest of the file is one
     * malformed item instead.
     */
    public static void stream(Path file, Consumer<PetrarchItem> sink) {
        int[] delivered = {0};
        Exception stop;
        Consumer<PetrarchItem> counting = item -> {
            try {
                sink.accept(item);
            } catch (RuntimeException e) {
                throw new SinkFailure(e);
            }
            delivered[0]++;
        };
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader r = factory().createXMLStreamReader(in);
            scan(r, file.toString(), counting);
            return;
        } catch (SinkFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException | RuntimeException e) {
            // not well-formed: fall through to the record-by-record reading below
            stop = e;
        }
        long size = size(file);
        if (size > MAX_RECORD_BY_RECORD_BYTES) {
            // reading record by record holds the whole file in memory
            int line = stop instanceof XMLStreamException x && x.getLocation() != null
                    ? Math.max(x.getLocation().getLineNumber(), 0) : 0;
            sink.accept(new PetrarchItem.Malformed("(rest of file)", file.toString(), line, reason(stop, 1)
                    + "; past a markup error a file is read record by record only up to "
                    + MAX_RECORD_BY_RECORD_BYTES + " bytes, and this one has " + size
                    + ": the records after this point are skipped, fix the markup to code them"));
            return;
        }
        List<PetrarchItem> items = read(file).items();
        for (int k = delivered[0]; k < items.size(); k++) {
            sink.accept(items.get(k));
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Environment scan(XMLStreamReader r, String name, Consumer<PetrarchItem> sink)
            throws XMLStreamException {
        Environment env = Environment.none();
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            int line = r.getLocation().getLineNumber();
            switch (r.getLocalName()) {
                case "Environment" -> {
                    env = readEnvironment(r, name, line);
                    env.configs().forEach(sink);
                }
                case "Config" -> sink.accept(new PetrarchItem.Config(
                        String.valueOf(r.getAttributeValue(null, "option")),
                        String.valueOf(r.getAttributeValue(null, "value")), name, line));
                case "Sentence" -> {
                    String id = r.getAttributeValue(null, "id");
                    PetrarchItem item;
                    try {
                        item = new PetrarchItem.Sentence(parseSentence(r, name, line, env));
                    } catch (IllegalArgumentException | DateTimeParseException e) {
                        item = new PetrarchItem.Malformed(id == null ? "(no id)" : id, name, line,
                                e.getMessage() == null ? e.toString() : e.getMessage());
                        skipTo(r, "Sentence");
                    }
                    sink.accept(item);
                }
                default -> {
                }
            }
        }
        return env;
    }

    private static void skipTo(XMLStreamReader r, String endTag) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(endTag)) {
                return;
            }
        }
    }

    private static Contents readRecordByRecord(String name, String xml) {
        String text = blankComments(xml);
        int[] lineStarts = lineStarts(text);
        Environment env = Environment.none();
        Matcher em = ENVIRONMENT.matcher(text);
        int searchFrom = 0;
        List<PetrarchItem> items = new ArrayList<>();
        if (em.find()) {
            int line = lineOf(lineStarts, em.start());
            try {
                env = readEnvironment(em.group(), name, line);
                env.configs().forEach(items::add);
            } catch (XMLStreamException | RuntimeException e) {
                // the records can still be read, just without the environment's include/exclude
                items.add(new PetrarchItem.Malformed("(Environment)", name, line,
                        "unreadable <Environment>, ignored: " + reason(e, line)));
            }
            searchFrom = em.end();
        }
        XMLInputFactory factory = factory();
        int pos = searchFrom;
        int config = findTag(text, "<Config", pos); // kept between records: most files have none after the start
        while (true) {
            int sentence = findTag(text, "<Sentence", pos);
            if (config >= 0 && config < pos) {
                config = findTag(text, "<Config", pos);
            }
            if (sentence < 0 && config < 0) {
                break;
            }
            if (config >= 0 && (sentence < 0 || config < sentence)) {
                int end = text.indexOf('>', config);
                end = end < 0 ? text.length() : end + 1;
                int closing = text.indexOf("</Config", end);
                int next = text.indexOf('<', end);
                if (closing >= 0 && closing == next) {
                    int gt = text.indexOf('>', closing);
                    end = gt < 0 ? text.length() : gt + 1;
                }
                items.add(config(text.substring(config, end), name, lineOf(lineStarts, config)));
                pos = end;
            } else {
                int close = text.indexOf("</Sentence", sentence);
                int next = findTag(text, "<Sentence", sentence + 1);
                int end;
                if (close >= 0 && (next < 0 || close < next)) {
                    int gt = text.indexOf('>', close);
                    end = gt < 0 ? text.length() : gt + 1;
                } else {
                    end = next < 0 ? text.length() : next; // not closed: the record ends where the next begins
                }
                items.add(sentence(factory, text.substring(sentence, end), name, lineOf(lineStarts, sentence), env));
                pos = end;
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

    /** Where the next {@code <Tag} opens (not "<Tags" or "<TagX"), or -1. */
    private static int findTag(String text, String tag, int from) {
        int at = text.indexOf(tag, from);
        while (at >= 0) {
            int after = at + tag.length();
            if (after >= text.length()) {
                return at;
            }
            char c = text.charAt(after);
            if (Character.isWhitespace(c) || c == '>' || c == '/') {
                return at;
            }
            at = text.indexOf(tag, at + 1);
        }
        return -1;
    }

    private static PetrarchItem sentence(XMLInputFactory factory, String chunk, String name, int line, Environment env) {
        Matcher idm = ID.matcher(chunk);
        String id = idm.find() ? idm.group(1) : "(no id)";
        if (!chunk.contains("</Sentence")) {
            return new PetrarchItem.Malformed(id, name, line, "record is not closed with </Sentence>");
        }
        try {
            return new PetrarchItem.Sentence(parseSentence(factory, chunk, name, line, env));
        } catch (XMLStreamException | RuntimeException e) {
            return new PetrarchItem.Malformed(id, name, line, reason(e, line));
        }
    }

    /**
     * A factory that never reads a DTD or an external entity, so an entity can neither read a local
     * file nor reach the network nor expand a few bytes into gigabytes; made once per file, as
     * making one is slow. Woodstox by name, because the limits are its own properties.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_CHARS);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_ELEMENT_DEPTH);
        return f;
    }

    private static PetrarchRecord parseSentence(XMLInputFactory factory, String chunk, String name, int line,
                                                Environment env) throws XMLStreamException {
        XMLStreamReader r = factory.createXMLStreamReader(new StringReader(chunk));
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // up to <Sentence>
        }
        if (!r.isStartElement() || !r.getLocalName().equals("Sentence")) {
            throw new IllegalArgumentException("no <Sentence> element");
        }
        return parseSentence(r, name, line, env);
    }

    /** Reads a record from a reader standing on its {@code <Sentence>} start tag, to its end tag. */
    private static PetrarchRecord parseSentence(XMLStreamReader r, String name, int line, Environment env)
            throws XMLStreamException {
        String id = r.getAttributeValue(null, "id");
        String cat = r.getAttributeValue(null, "category");
        String category = cat == null ? "" : cat;
        String date = r.getAttributeValue(null, "date");
        String v = r.getAttributeValue(null, "sentence");
        if (v == null) {
            v = r.getAttributeValue(null, "valid");
        }
        boolean valid = v == null || v.strip().equalsIgnoreCase("true");
        String text = null;
        String parse = null;
        String error = null;
        boolean hasCodings = false;
        List<ExpectedEvent> expected = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (r.getLocalName()) {
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
                    case "Text" -> {
                        text = elementText(r);
                        depth--;
                    }
                    case "Parse" -> {
                        parse = elementText(r);
                        depth--;
                    }
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
        String normalized = text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
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
                if (sb.length() > MAX_TEXT_CHARS) {
                    throw new IllegalArgumentException("more than " + MAX_TEXT_CHARS
                            + " characters of text in one element, the limit");
                }
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                sb.append(' ');
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return sb.toString();
    }

    private static Environment readEnvironment(String chunk, String name, int line) throws XMLStreamException {
        XMLStreamReader r = factory().createXMLStreamReader(new StringReader(chunk));
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
            // up to <Environment>
        }
        return readEnvironment(r, name, line);
    }

    /**
     * Why a record could not be read, on one line. The parser places its errors within the record,
     * which the reader does not know as a file, so the place is given as the file's line instead.
     */
    static String reason(Exception e, int firstLine) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String place = "";
        // Woodstox reports some errors lazily, wrapped in a runtime exception: its message has the place
        Matcher at = PARSER_PLACE.matcher(message);
        if (at.find()) {
            place = " (line " + (firstLine + Integer.parseInt(at.group(1)) - 1) + ")";
            message = message.substring(0, at.start()) + message.substring(at.end());
        }
        message = WRAPPER.matcher(message).replaceFirst("");
        Matcher entity = UNDECLARED_ENTITY.matcher(message);
        if (entity.find()) {
            message = "entity &" + entity.group(1) + "; is not expanded: DTDs and entities are refused, as they "
                    + "could read local files or the network";
        }
        return WHITESPACE.matcher(message).replaceAll(" ").strip() + place;
    }

    /** Reads the environment from a reader standing on its start tag, to its end tag. */
    private static Environment readEnvironment(XMLStreamReader r, String name, int line) throws XMLStreamException {
        String verb = null;
        List<String> actors = new ArrayList<>();
        String agent = null;
        String discard = null;
        String issue = null;
        List<String> include = new ArrayList<>();
        List<String> exclude = new ArrayList<>();
        List<PetrarchItem.Config> configs = new ArrayList<>();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Environment")) {
                break;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
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
                        String.valueOf(r.getAttributeValue(null, "value")), name, r.getLocation().getLineNumber()));
                default -> {
                }
            }
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
