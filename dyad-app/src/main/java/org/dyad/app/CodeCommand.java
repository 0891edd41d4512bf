package org.dyad.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.model.EventFactory;
import org.dyad.core.output.EventWriter;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.core.output.PetrarchTsvWriter;
import org.dyad.core.petrarch.PetrarchItem;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.tree.MalformedTreeException;
import org.dyad.core.tree.ParseTree;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: codes input and writes events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles and write events (standard output by default). Exit status 1 when "
                + "a record could not be read or parsed; the rest is still coded.")
final class CodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "input files")
    List<Path> inputs;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto|petrarch-xml (default: ${DEFAULT-VALUE})")
    String inputFormat;

    @Option(names = "--output-format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl|tsv (tsv is PETRARCH's tab-separated event format; default: ${DEFAULT-VALUE})")
    String outputFormat;

    @Option(names = "--output", paramLabel = "FILE", description = "write events here instead of standard output")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date for records that carry none")
    LocalDate date;

    @Mixin
    DictionaryOptions dictionaries;

    @Override
    public Integer call() throws IOException {
        Dictionaries d = dictionaries.load(System.err);
        EventCoder coder = new EventCoder(d);
        EventFactory factory = new EventFactory(CameoTable.standard());
        Summary summary = new Summary();
        try (EventWriter writer = writer()) {
            for (Path input : inputs) {
                String format = inputFormat.toLowerCase(Locale.ROOT);
                if (format.equals("auto")) {
                    format = input.toString().toLowerCase(Locale.ROOT).endsWith(".xml") ? "petrarch-xml" : format;
                }
                if (!format.equals("petrarch-xml")) {
                    throw new IllegalArgumentException(input + ": input format '" + inputFormat
                            + "' is not supported yet; use --input-format petrarch-xml");
                }
                codePetrarch(input, coder, factory, writer, summary);
            }
        }
        summary.print();
        return summary.unreadable > 0 ? 1 : 0;
    }

    private EventWriter writer() throws IOException {
        Writer w = output == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        return switch (outputFormat.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> new JsonLinesWriter(w);
            case "tsv", "petrarch" -> new PetrarchTsvWriter(w);
            default -> throw new IllegalArgumentException("unknown output format '" + outputFormat + "' (jsonl|tsv)");
        };
    }

    private void codePetrarch(Path input, EventCoder coder, EventFactory factory, EventWriter writer, Summary summary)
            throws IOException {
        PetrarchXmlReader.Contents contents = PetrarchXmlReader.read(input);
        CoderOptions options = dictionaries.options();
        Set<String> discardedStories = new HashSet<>();
        for (PetrarchItem item : contents.items()) {
            if (item instanceof PetrarchItem.Config c) {
                options = options.with(c.option(), c.value());
            } else if (item instanceof PetrarchItem.Malformed m) {
                summary.unreadable++;
                System.err.printf("%s:%d: record %s skipped: %s%n", m.file(), m.line(), m.id(), m.message());
            } else if (item instanceof PetrarchItem.Sentence s) {
                PetrarchRecord r = s.record();
                summary.sentences++;
                if (discardedStories.contains(r.storyId())) {
                    summary.skip("storydiscard");
                    continue;
                }
                CodingResult result;
                try {
                    result = coder.code(ParseTree.parse(r.parse()), r.text(), r.date() == null ? date : r.date(), options);
                } catch (MalformedTreeException e) {
                    summary.unreadable++;
                    System.err.printf("%s:%d: record %s skipped: broken parse tree: %s%n", r.file(), r.line(), r.id(),
                            e.getMessage());
                    continue;
                }
                if (result.problem() != null) {
                    summary.skip(result.problem().kind());
                    if (result.problem().kind().equals("storydiscard")) {
                        discardedStories.add(r.storyId());
                    }
                    continue;
                }
                LocalDate when = r.date() == null ? date : r.date();
                String sentenceIndex = r.id().substring(Math.min(r.id().length(), r.storyId().length() + 1));
                int index = parseIndex(sentenceIndex);
                for (CodedEvent e : result.events()) {
                    writer.write(factory.create(e, r.storyId(), r.id(), index, r.text(), when, result.issues()));
                    summary.events++;
                }
            }
        }
        writer.flush();
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final class Summary {
        int sentences;
        int events;
        int unreadable;
        final Map<String, Integer> skipped = new TreeMap<>();

        void skip(String why) {
            skipped.merge(why, 1, Integer::sum);
        }

        void print() {
            System.err.printf("dyad: %d sentences, %d events, %d unreadable records%s%n", sentences, events, unreadable,
                    skipped.isEmpty() ? "" : ", skipped " + skipped);
        }
    }
}
