package org.dyad.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Arrays;

/**
 * The lines of a stream, each decoded on its own, so that one line in a foreign encoding or of
 * absurd length is reported while the lines around it are still read. Only one line is held in
 * memory at a time, and none longer than the limit.
 */
final class Utf8Lines {

    /** A line, numbered from 1. */
    sealed interface Line permits Text, Invalid, TooLong {
        int number();
    }

    /** A line of valid UTF-8, without its terminator. */
    record Text(int number, String text) implements Line {
    }

    /** A line that is not UTF-8; {@code offset} is the 0-based byte where decoding failed. */
    record Invalid(int number, int offset) implements Line {
    }

    /** A line longer than the limit; {@code bytes} is its full length. */
    record TooLong(int number, long bytes) implements Line {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StrictUtf8.decoder();
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int number;

    Utf8Lines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        long total = 0;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!started) {
                    return null;
                }
                break;
            }
            started = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int n = position - start;
            total += n;
            if (total <= maxLineBytes) {
                ensureCapacity(length + n);
                System.arraycopy(buffer, start, line, length, n);
                length += n;
            }
            if (position < limit) {
                position++;
                break;
            }
        }
        number++;
        if (total > maxLineBytes) {
            return new TooLong(number, total);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return decode(length);
    }

    private Line decode(int length) {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        // UTF-8 never yields more UTF-16 units than it has bytes, so one buffer holds the line
        CharBuffer chars = CharBuffer.allocate(length);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            return new Invalid(number, bytes.position());
        }
        chars.flip();
        return new Text(number, chars.toString());
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private void ensureCapacity(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, Math.max(capacity, (int) Math.min(2L * line.length, Integer.MAX_VALUE - 16)));
        }
    }
}
