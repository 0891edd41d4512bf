package org.dyad.core.input;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.dyad.core.model.Article;

/**
 * Reads articles from files, directories and standard input, in any {@link InputFormat} but
 * PETRARCH XML (which holds parsed sentences, not articles; {@code PetrarchXmlReader} reads it).
 *
 * <p>Bad input never stops a batch and never throws: a binary, empty, non-UTF-8 or unreadable
 * file, an oversized article, a malformed JSON line or a page without text is reported to the
 * problem consumer, naming the file and, where there is one, the line, and reading goes on.
 * Articles are handed over as they are read, so JSON lines are never held in memory whole.
 *
 * <pre>{@code
 * for (Path file : ArticleReader.files(input)) {
 *     InputFormat format = forced != null ? forced : InputFormat.detect(file);
 *     if (format == InputFormat.PETRARCH_XML) {
 *         // code it with PetrarchXmlReader
 *     } else {
 *         ArticleReader.read(file, format, options, articles::add, problems::add);
 *     }
 * }
 * }</pre>
 */
public final class ArticleReader {

    /** The name problems with standard input are reported under. */
    public static final String STDIN = "-";

    static final String PETRARCH_ELSEWHERE =
            "PETRARCH XML: code it with --input-format petrarch-xml";

    private static final String STDIN_STEM = "stdin";
    private static final int HEAD_BYTES = 8192;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ArticleReader() {
    }

    /**
     * The files a path stands for, in the order they are read: the path itself when it is not a
     * directory, else the regular files under it, depth first with each directory's entries sorted
     * by name. Hidden files and directories (names starting with a dot) are skipped; symbolic links
     * to directories are not followed, so a link cycle cannot make the walk endless. A path that
     * does not exist, or a directory that cannot be listed, is returned as it is, so that reading
     * it reports why.
     */
    public static List<Path> files(Path input) {
        List<Path> files = new ArrayList<>();
        collect(input, files);
        return List.copyOf(files);
    }

    private static void collect(Path path, List<Path> files) {
        if (!Files.isDirectory(path)) {
            files.add(path);
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(path)) {
            listing.forEach(entries::add);
        } catch (IOException e) {
            files.add(path);
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                collect(entry, files);
            } else if (Files.isRegularFile(entry)) {
                files.add(entry);
            }
        }
    }

    /**
     * Reads the articles of a file, or of every file under a directory (see {@link #files}).
     * Under a directory, files detected as PETRARCH XML are reported, not read.
     *
     * @param format the format of every file, or null to detect each file's from its name
     * @throws IllegalArgumentException when the format given is PETRARCH XML
     */
    public static void read(Path input, InputFormat format, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) {
        refusePetrarch(format);
        Objects.requireNonNull(options, "options");
        for (Path file : files(input)) {
            InputFormat fileFormat = format != null ? format : InputFormat.detect(file);
            readFile(file, fileFormat, options, articles, problems);
        }
    }

    /**
     * Reads articles from standard input (or any stream), reported as file {@value #STDIN}. The
     * stream is read to its end but not closed.
     *
     * @param format the format, or null for JSON lines when the first non-blank character is
     *     '{' and plain text otherwise
     * @throws IllegalArgumentException when the format given is PETRARCH XML
     */
    public static void readStdin(InputStream in, InputFormat format, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) {
        read(new Source(STDIN, STDIN_STEM), in, format, options, articles, problems);
    }

    /**
     * Reads articles from a stream that stands for a file kept elsewhere (a distributed
     * filesystem, an object store), reported under {@code name}. A whole-file article gets the id
     * the same file would get on disk: the stem of the name's last segment. The stream is read to
     * its end but not closed.
     *
     * @param format the format, or null to tell JSON lines from plain text as for standard input
     * @throws IllegalArgumentException when the format given is PETRARCH XML
     */
    public static void read(String name, InputStream in, InputFormat format, ReadOptions options,
            Consumer<Article> articles, Consumer<InputProblem> problems) {
        read(new Source(name, stem(name.substring(name.lastIndexOf('/') + 1))), in, format, options, articles,
                problems);
    }

    private static void read(Source source, InputStream in, InputFormat format, ReadOptions options,
            Consumer<Article> articles, Consumer<InputProblem> problems) {
        refusePetrarch(format);
        Objects.requireNonNull(options, "options");
        // SequenceInputStream closes each stream it has read to the end; the caller's is not ours to close
        InputStream unclosed = new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
        try {
            readStream(source, unclosed, format, options, articles, problems);
        } catch (IOException e) {
            problems.accept(source.problem(cannotRead(e)));
        }
    }

    private static void refusePetrarch(InputFormat format) {
        if (format == InputFormat.PETRARCH_XML) {
            throw new IllegalArgumentException(
                    "PETRARCH XML holds parsed sentences, not articles: read it with PetrarchXmlReader");
        }
    }

    private static void readFile(Path file, InputFormat format, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) {
        Source source = new Source(file.toString(), stem(file));
        if (format == InputFormat.PETRARCH_XML) {
            problems.accept(source.problem(PETRARCH_ELSEWHERE));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            readStream(source, in, format, options, articles, problems);
        } catch (IOException e) {
            problems.accept(source.problem(cannotRead(e)));
        }
    }

    /** The file name without its extension: the same file always gets the same article id. */
    static String stem(Path file) {
        Path fileName = file.getFileName();
        return stem(fileName == null ? file.toString() : fileName.toString());
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void readStream(Source source, InputStream raw, InputFormat format, ReadOptions options,
            Consumer<Article> articles, Consumer<InputProblem> problems) throws IOException {
        byte[] head = raw.readNBytes(HEAD_BYTES);
        if (head.length == 0) {
            problems.accept(source.problem(Messages.EMPTY));
            return;
        }
        String binary = binary(head);
        if (binary != null) {
            problems.accept(source.problem(binary));
            return;
        }
        int start = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head, start, head.length - start), raw);
        InputFormat f = format != null ? format : sniffStream(head, start);
        switch (f) {
            case TEXT -> PlainTextReader.read(source, in, options, articles, problems);
            case HTML -> HtmlReader.read(source, in, options, articles, problems);
            case JSONL -> JsonLinesReader.read(source, in, options, articles, problems);
            case FEED -> FeedReader.read(source, in, options, articles, problems);
            case PETRARCH_XML -> problems.accept(source.problem(PETRARCH_ELSEWHERE));
        }
    }

    private static InputFormat sniffStream(byte[] head, int start) {
        for (int i = start; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return head[i] == '{' ? InputFormat.JSONL : InputFormat.TEXT;
            }
        }
        return InputFormat.TEXT;
    }

    /**
     * Why the start of a file says it is not text, or null when it may be. Text has no NUL bytes
     * and few control characters other than tab, line feed, form feed and carriage return.
     */
    static String binary(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return Messages.BINARY + " (it looks like UTF-16 text: convert it to UTF-8)";
        }
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return Messages.BINARY;
            }
            if ((b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                controls++;
            }
        }
        // a stray control character is a typo; one in ten bytes is not text
        return controls * 10 > head.length ? Messages.BINARY : null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "cannot read: no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        return "cannot read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    }
}
