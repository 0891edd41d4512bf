package org.dyad.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.petrarch.ValidationReport;
import org.dyad.core.petrarch.ValidationSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad validate}: runs PETRARCH validation records and prints a pass table. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Run PETRARCH validation records and print a pass table per category, "
                + "then expected against coded for each failing record.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SUITE.xml", description = "validation file")
    Path suite;

    @Option(names = "--dictionary-dir", paramLabel = "DIR",
            description = "folder holding the dictionaries the suite's <Environment> names")
    Path dictionaryDir;

    @Option(names = "--dictionary", paramLabel = "FILE", split = ",",
            description = "dyad-format dictionaries to use instead of those the <Environment> names")
    java.util.List<Path> dyadFiles = new java.util.ArrayList<>();

    @Option(names = "--quiet-failures", description = "print the table only")
    boolean quiet;

    @Option(names = "--min-rate", paramLabel = "PERCENT", defaultValue = "0",
            description = "exit with status 1 when fewer records pass (default: ${DEFAULT-VALUE})")
    double minRate;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PetrarchXmlReader.Contents contents = PetrarchXmlReader.read(suite);
        if (dictionaryDir == null && dyadFiles.isEmpty()) {
            throw new IllegalArgumentException("name the dictionaries: --dictionary-dir DIR (the suite's own) "
                    + "or --dictionary FILE[,FILE...] (dyad format)");
        }
        Dictionaries d = dyadFiles.isEmpty() ? ValidationSuite.dictionariesFor(contents.environment(), dictionaryDir)
                : Dictionaries.readDyad(dyadFiles);
        DictionaryOptions.report(d, System.err, Integer.MAX_VALUE);
        ValidationReport report = ValidationSuite.run(contents, new EventCoder(d));
        report.print(System.out, !quiet);
        return 100.0 * report.passRate() + 1e-9 < minRate ? 1 : 0;
    }
}
