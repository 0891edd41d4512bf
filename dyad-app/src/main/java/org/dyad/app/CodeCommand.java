package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import picocli.CommandLine.Option;

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

    @Override
    public Integer call() throws IOException {
        OneADayFilter daily = null;
        int status;
        try (EventWriter format = formatWriter()) {
            EventWriter writer = format;
            if (oneADay) {
                daily = new OneADayFilter(format);
                writer = daily;
            }
            status = new CodingRun(coding, new WriterSink(writer)).run();
            writer.flush();
        }
        if (daily != null) {
            System.err.printf("dyad: one a day: %d events before, %d after%n", daily.received(), daily.kept());
        }
        return status;
    }

    private EventWriter formatWriter() throws IOException {
        String format = outputFormat.toLowerCase(Locale.ROOT);
        if (format.equals("parquet")) {
            if (output == null) {
                throw new IllegalArgumentException("Parquet is written to a file: add --output FILE.parquet");
            }
            return new ParquetEventWriter(output);
        }
        if (!List.of("jsonl", "csv", "gdelt", "tsv", "petrarch", "plover").contains(format)) {
            throw new IllegalArgumentException("unknown output format '" + outputFormat
                    + "' (jsonl|csv|gdelt|tsv|plover|parquet)");
        }
        Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        return switch (format) {
            case "csv" -> new CsvWriter(w);
            case "gdelt" -> new GdeltWriter(w, Clock.systemUTC());
            case "tsv", "petrarch" -> new PetrarchTsvWriter(w);
            case "plover" -> new PloverWriter(w, Clock.systemUTC());
            default -> new JsonLinesWriter(w);
        };
    }

    /** Events go to the writer as they come. */
    private record WriterSink(EventWriter writer) implements CodedSink {

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
