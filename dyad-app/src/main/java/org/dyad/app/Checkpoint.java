package org.dyad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * How far a {@code dyad code --output FILE} run has got: how many articles (or PETRARCH records)
 * of its input it has written, and how long the output file was then. It is written beside the
 * output ({@code FILE.checkpoint}) only after the output up to that length is on disk, so a run
 * killed at any moment and started again cuts the output back to that length and goes on with the
 * next article: each article's events are written exactly once.
 *
 * @param fingerprint what the run was asked to do: its arguments and the size and time of each
 *                    input file; a checkpoint of another run, or of changed inputs, is not used
 * @param units       articles or records done, in input order
 * @param outputBytes length of the output when they were done
 */
record Checkpoint(String fingerprint, long units, long outputBytes) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path beside(Path output) {
        return output.resolveSibling(output.getFileName() + ".checkpoint");
    }

    /** The checkpoint in {@code file} if there is one for this run; an unreadable one is ignored. */
    static Optional<Checkpoint> read(Path file, String fingerprint) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Checkpoint c = JSON.readValue(file.toFile(), Checkpoint.class);
            return c.fingerprint().equals(fingerprint) ? Optional.of(c) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            System.err.println("dyad: " + file + ": checkpoint not readable, starting afresh: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Replaces the checkpoint file whole: a crash leaves the old one or the new one, never half. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(JSON.writeValueAsBytes(this)));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** What identifies a run: its arguments, and each input file's size and modification time. */
    static String fingerprint(List<String> arguments, List<String> inputs) {
        StringBuilder key = new StringBuilder(String.join("\u0000", arguments));
        for (String in : inputs) {
            if (in.equals("-") || !Files.exists(Path.of(in))) {
                key.append('\u0001').append(in);
                continue;
            }
            for (Path p : org.dyad.core.input.ArticleReader.files(Path.of(in))) {
                try {
                    key.append('\u0001').append(p.toAbsolutePath()).append('\u0000').append(Files.size(p))
                            .append('\u0000').append(Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    key.append('\u0001').append(p);
                }
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
