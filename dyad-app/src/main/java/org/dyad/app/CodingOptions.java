package org.dyad.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.nlp.NlpOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to read and how to code it: the options {@code dyad code} and {@code dyad ingest} share. */
final class CodingOptions {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, directories, or - for standard input")
    List<String> inputs;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto|text|html|jsonl|rss|petrarch-xml (default: ${DEFAULT-VALUE}: by extension and content)")
    String inputFormat;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for inputs that carry none")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", description = "show progress on standard error even when it is not a terminal")
    boolean progress;

    @Option(names = "--coref", description = "run CoreNLP's coreference (about half the throughput)")
    boolean coref;

    @Option(names = "--parser", defaultValue = "sr", paramLabel = "MODEL",
            description = "sr (shift-reduce, fast) or pcfg (CoreNLP's PCFG parser, slower; default: ${DEFAULT-VALUE})")
    String parser;

    @Option(names = "--max-article-chars", defaultValue = "1000000", paramLabel = "N",
            description = "longer articles are reported and skipped (default: ${DEFAULT-VALUE})")
    int maxArticleChars;

    @Option(names = "--asserted-only", description = "write only events reported as fact: drop the negated, "
            + "hypothetical and future ones")
    boolean assertedOnly;

    @Option(names = "--gazetteer", split = ",", paramLabel = "FILE",
            description = "GeoNames dump files (cities15000.txt, allCountries.txt) to place events with, "
                    + "besides the built-in countries and capitals")
    List<Path> gazetteers = List.of();

    @Mixin
    DictionaryOptions dictionaries;


    NlpOptions nlpOptions() {
        return NlpOptions.defaults().withCoref(coref).withParser(parser);
    }
}
