package org.dyad.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * UTF-8 decoding that stops at the first invalid byte instead of replacing it, so a file in
 * another encoding is reported rather than coded as mojibake.
 */
final class StrictUtf8 {

    /** The outcome of decoding a whole stream. */
    sealed interface Result permits Text, TooLong, Invalid {
    }

    /** The stream held valid UTF-8 of at most the limit. */
    record Text(String value) implements Result {
    }

    /**
     * The stream held more characters than the limit.
     *
     * @param chars how many it held, or more than the limit when counting stopped early
     * @param exact whether {@code chars} is the stream's full length
     */
    record TooLong(long chars, boolean exact) implements Result {
    }

    /** The stream was not UTF-8 at the given 1-based line. */
    record Invalid(int line) implements Result {
    }

    private static final int CHUNK = 1 << 14;

    private StrictUtf8() {
    }

    static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The text of a markup file (an HTML page, a feed), or null after reporting why there is
     * none: invalid UTF-8 with its line, more than {@code maxChars}, or nothing but white space.
     *
     * @param kind what the file is, for the message ("page", "feed")
     */
    static String markup(Source source, InputStream in, int maxChars, String kind,
                         Consumer<InputProblem> problems) throws IOException {
        Result result = read(in, maxChars, false);
        if (result instanceof Invalid invalid) {
            problems.accept(source.problem(invalid.line(), Messages.INVALID_UTF8_FILE));
        } else if (result instanceof TooLong) {
            problems.accept(source.problem(kind + " of more than " + maxChars + " characters is too large to read"));
        } else if (result instanceof Text text) {
            if (!text.value().isBlank()) {
                return text.value();
            }
            problems.accept(source.problem(Messages.EMPTY));
        }
        return null;
    }

    /**
     * Decodes a stream, keeping at most {@code maxChars} characters in memory.
     *
     * @param countBeyondLimit whether to read on past the limit to learn the exact length
     */
    static Result read(InputStream in, int maxChars, boolean countBeyondLimit) throws IOException {
        CharsetDecoder decoder = decoder();
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        StringBuilder text = new StringBuilder();
        long length = 0;
        int line = 1;
        boolean end = false;
        while (!end) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, end);
                if (end && result.isUnderflow()) {
                    result = decoder.flush(chars);
                }
                chars.flip();
                // counted before the error check: the error's line is the one after the last newline
                for (int i = chars.position(); i < chars.limit(); i++) {
                    if (chars.get(i) == '\n') {
                        line++;
                    }
                }
                length += chars.remaining();
                if (length <= maxChars) {
                    text.append(chars);
                } else if (!countBeyondLimit) {
                    return new TooLong(length, false);
                } else {
                    text = null;
                }
                chars.clear();
                if (result.isError()) {
                    return new Invalid(line);
                }
            } while (result.isOverflow());
            bytes.compact();
        }
        return text == null ? new TooLong(length, true) : new Text(text.toString());
    }
}
