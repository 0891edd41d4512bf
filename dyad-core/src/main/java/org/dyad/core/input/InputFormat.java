package org.dyad.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The kinds of article input dyad reads, and how a file's kind is recognised. */
public enum InputFormat {
    /** Plain text, one article per file. */
    TEXT("text"),
    /** A web page, one article per file. */
    HTML("html"),
    /** JSON lines: one article object per line. */
    JSONL("jsonl"),
    /** An RSS or Atom feed: one article per entry. */
    FEED("rss"),
    /** PETRARCH's pre-parsed sentences; read by {@code PetrarchXmlReader}, not {@link ArticleReader}. */
    PETRARCH_XML("petrarch-xml");

    private static final int SNIFF_BYTES = 4096;

    private final String cliName;

    InputFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name {@code --input-format} knows this format by. */
    public String cliName() {
        return cliName;
    }

    /**
     * The format named on the command line: {@code auto|text|html|jsonl|rss|petrarch-xml}, any
     * case; {@code atom} and {@code feed} are accepted for {@code rss}.
     *
     * @return the format, or null for {@code auto} (and for null)
     * @throws IllegalArgumentException for any other name, saying which names there are
     */
    public static InputFormat parse(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "auto":
                return null;
            case "atom":
            case "feed":
                return FEED;
            default:
                for (InputFormat f : values()) {
                    if (f.cliName.equals(n)) {
                        return f;
                    }
                }
                throw new IllegalArgumentException("unknown input format '" + name
                        + "': use auto, text, html, jsonl, rss or petrarch-xml");
        }
    }

    /**
     * The format of a file, from its extension; {@code .xml} files are recognised by their root
     * element. Anything unrecognised is {@link #TEXT}: a binary file is then reported when read.
     */
    public static InputFormat detect(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        switch (extension) {
            case "html":
            case "htm":
                return HTML;
            case "jsonl":
            case "json":
            case "ndjson":
                return JSONL;
            case "rss":
            case "atom":
                return FEED;
            case "xml":
                return sniffXml(file);
            default:
                return TEXT;
        }
    }

    private static InputFormat sniffXml(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            // reading it again will report the error where it belongs, with the file
            return TEXT;
        }
        String root = rootElement(new String(head, StandardCharsets.UTF_8));
        if (root == null) {
            return TEXT;
        }
        String local = root.substring(root.indexOf(':') + 1);
        switch (local) {
            case "rss":
            case "feed":
            case "RDF":
                return FEED;
            case "Sentences":
            case "Validation":
            case "Sentence":
                return PETRARCH_XML;
            default:
                return TEXT;
        }
    }

    /** The name of the first element, past the prolog (declaration, comments, PIs, DOCTYPE). */
    static String rootElement(String xml) {
        int i = xml.startsWith("\uFEFF") ? 1 : 0;
        while (true) {
            while (i < xml.length() && Character.isWhitespace(xml.charAt(i))) {
                i++;
            }
            if (i >= xml.length() || xml.charAt(i) != '<') {
                return null;
            }
            if (xml.startsWith("<?", i)) {
                i = after(xml, "?>", i);
            } else if (xml.startsWith("<!--", i)) {
                i = after(xml, "-->", i);
            } else if (xml.startsWith("<!", i)) {
                int bracket = xml.indexOf('[', i);
                int close = xml.indexOf('>', i);
                i = bracket >= 0 && bracket < close ? after(xml, "]>", bracket) : after(xml, ">", i);
            } else {
                int start = i + 1;
                int end = start;
                while (end < xml.length() && isNameChar(xml.charAt(end))) {
                    end++;
                }
                return end > start ? xml.substring(start, end) : null;
            }
            if (i < 0) {
                return null;
            }
        }
    }

    private static int after(String s, String token, int from) {
        int at = s.indexOf(token, from);
        return at < 0 ? -1 : at + token.length();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }
}
