package org.dyad.app;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.core.model.Event;
import org.dyad.core.output.CsvWriter;
import org.dyad.core.output.EventWriter;
import org.dyad.core.output.GdeltWriter;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.core.output.OneADayFilter;
import org.dyad.core.output.PetrarchTsvWriter;
import org.dyad.core.output.PloverWriter;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.pipeline.CodedArticle;
import org.dyad.store.ParquetEventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad code}: codes input and writes events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code articles and write events (standard output by default).",
                "Inputs are files, directories (read recursively) or - for standard input. Raw text, HTML, "
                        + "JSON lines and RSS/Atom feeds are parsed with CoreNLP; PETRARCH XML comes parsed.",
                "Exit status 1 when some input could not be read; everything else is still coded."})
final class CodeCommand implements Callable<Integer> {

    @Mixin
    CodingOptions coding;

    @Option(names = "--output-format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl|csv|gdelt|tsv|plover|parquet (jsonl: the event record; gdelt: the GDELT 2.0 event "
                    + "table; tsv: PETRARCH's format; plover: PLOVER records; parquet: the store's columns, needs "
                    + "--output; default: ${DEFAULT-VALUE})")
    String outputFormat;

    @Option(names = "--output", paramLabel = "FILE", description = "write events here instead of standard output")
    Path output;

    @Option(names = "--one-a-day", description = "one event per source, target, code and day across all "
            + "articles, with its mentions and articles counted (events are written when the run ends)")
    boolean oneADay;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String format = outputFormat.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown output format '" + outputFormat
                    + "' (jsonl|csv|gdelt|tsv|plover|parquet)");
        }
        if (format.equals("parquet")) {
            if (output == null) {
                throw new IllegalArgumentException("Parquet is written to a file: add --output FILE.parquet");
            }
            return run(new ParquetEventWriter(output), null, 0);
        }
        if (output == null) {
            return run(formatWriter(format, new BufferedWriter(new OutputStreamWriter(System.out,
                    StandardCharsets.UTF_8)), true), null, 0);
        }
        if (oneADay) {
            // events are written when the run ends: there is no midway to resume from
            return run(formatWriter(format, Files.newBufferedWriter(output, StandardCharsets.UTF_8), true), null, 0);
        }
        return runResumable(format);
    }

    /**
     * A run into a file keeps a checkpoint beside it; when one of the same run is there, the
     * output is cut back to what the checkpoint vouches for and the run goes on from there.
     */
    private int runResumable(String format) throws IOException {
        String fingerprint = Checkpoint.fingerprint(spec.commandLine().getParseResult().originalArgs(),
                coding.inputs);
        Path checkpointFile = Checkpoint.beside(output);
        Checkpoint resume = Checkpoint.read(checkpointFile, fingerprint)
                .filter(c -> sizeOf(output) >= c.outputBytes()).orElse(null);
        FileOutputStream file;
        if (resume != null) {
            try (FileChannel ch = FileChannel.open(output, StandardOpenOption.WRITE)) {
                ch.truncate(resume.outputBytes());
            }
            System.err.printf("dyad: resuming: the first %d articles or records are in %s already (%s)%n",
                    resume.units(), output, checkpointFile);
            file = new FileOutputStream(output.toFile(), true);
        } else {
            file = new FileOutputStream(output.toFile(), false);
        }
        EventWriter writer = formatWriter(format, new BufferedWriter(new OutputStreamWriter(file,
                StandardCharsets.UTF_8)), resume == null);
        int status = run(writer, new Checkpointing(writer, file, checkpointFile, fingerprint),
                resume == null ? 0 : resume.units());
        Files.deleteIfExists(checkpointFile);
        return status;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private int run(EventWriter format, Checkpointing checkpoints, long skip) throws IOException {
        OneADayFilter daily = null;
        int status;
        try (format) {
            EventWriter writer = format;
            if (oneADay) {
                daily = new OneADayFilter(format);
                writer = daily;
            }
            status = new CodingRun(coding, new WriterSink(writer, checkpoints), skip).run();
            writer.flush();
        }
        if (daily != null) {
            System.err.printf("dyad: one a day: %d events before, %d after%n", daily.received(), daily.kept());
        }
        return status;
    }

    private static final List<String> FORMATS = List.of("jsonl", "csv", "gdelt", "tsv", "petrarch", "plover",
            "parquet");

    private static EventWriter formatWriter(String format, Writer w, boolean fresh) throws IOException {
        return switch (format) {
            case "csv" -> new CsvWriter(w, fresh);
            case "gdelt" -> new GdeltWriter(w, Clock.systemUTC());
            case "tsv", "petrarch" -> new PetrarchTsvWriter(w);
            case "plover" -> new PloverWriter(w, Clock.systemUTC());
            default -> new JsonLinesWriter(w);
        };
    }

    /**
     * Writes a checkpoint at most twice a second: the output is flushed and forced to disk first,
     * so the length the checkpoint names is never more than the disk holds.
     */
    private static final class Checkpointing {
        private static final long INTERVAL_NANOS = 500_000_000L;

        private final EventWriter writer;
        private final FileOutputStream file;
        private final Path checkpointFile;
        private final String fingerprint;
        private long last = System.nanoTime();

        Checkpointing(EventWriter writer, FileOutputStream file, Path checkpointFile, String fingerprint) {
            this.writer = writer;
            this.file = file;
            this.checkpointFile = checkpointFile;
            this.fingerprint = fingerprint;
        }

        void done(long units) throws IOException {
            long now = System.nanoTime();
            if (now - last < INTERVAL_NANOS) {
                return;
            }
            last = now;
            writer.flush();
            file.getChannel().force(false);
            new Checkpoint(fingerprint, units, file.getChannel().size()).write(checkpointFile);
        }
    }

    /** Events go to the writer as they come; progress goes to the checkpoints, if any. */
    private record WriterSink(EventWriter writer, Checkpointing checkpoints) implements CodedSink {

        @Override
        public void done(long units) throws IOException {
            if (checkpoints != null) {
                checkpoints.done(units);
            }
        }

        @Override
        public void article(CodedArticle coded, List<Event> kept) throws IOException {
            for (Event e : kept) {
                writer.write(e);
            }
        }

        @Override
        public void record(PetrarchRecord record, LocalDate date, List<Event> kept) throws IOException {
            for (Event e : kept) {
                writer.write(e);
            }
        }
    }
}
