package org.dyad.core.dictionary;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PETRARCH/TABARI dictionary into its meaningful lines. The formats share their comment
 * conventions: a line starting with '#' or '<!' is a comment, " #" starts a trailing comment, and
 * XML comments may span lines. Line numbers are kept so that every problem names its line.
 */
public final class PetrarchLines {

    private PetrarchLines() {
    }

    public static List<DictionaryLine> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file + ": " + e.getMessage(), e);
        }
    }

    /** Lines of dictionary text held in memory, named {@code name} in line references. */
    public static List<DictionaryLine> parse(String name, String text) {
        try {
            return read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail: " + e.getMessage(), e);
        }
    }

    /** Reads lines leniently: bytes that are not UTF-8 become U+FFFD rather than stopping the load. */
    public static List<DictionaryLine> read(String name, InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        List<DictionaryLine> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
            String raw;
            int number = 0;
            boolean inXmlComment = false;
            while ((raw = r.readLine()) != null) {
                number++;
                String line = raw;
                if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (inXmlComment) {
                    int end = line.indexOf("-->");
                    if (end < 0) {
                        continue;
                    }
                    line = line.substring(end + 3);
                    inXmlComment = false;
                }
                int open;
                while ((open = line.indexOf("<!--")) >= 0) {
                    int end = line.indexOf("-->", open + 4);
                    if (end < 0) {
                        line = line.substring(0, open);
                        inXmlComment = true;
                        break;
                    }
                    line = line.substring(0, open) + line.substring(end + 3);
                }
                if (line.startsWith("#") || line.startsWith("<!")) {
                    continue;
                }
                line = stripTrailingComment(line);
                if (line.isBlank()) {
                    continue;
                }
                out.add(new DictionaryLine(name, number, line));
            }
        }
        return out;
    }

    static String stripTrailingComment(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (line.charAt(i) == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
