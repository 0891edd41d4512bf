package org.dyad.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.dictionary.DictionaryCheck;
import org.dyad.core.dictionary.DictionaryLine;
import org.dyad.core.dictionary.DictionaryStats;
import org.dyad.core.dictionary.PetrarchConverter;
import org.dyad.core.dictionary.PetrarchLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad dict}: convert, check and count dictionaries. */
@Command(name = "dict", mixinStandardHelpOptions = true, description = "Work with dictionaries.",
        subcommands = {DictCommand.Check.class, DictCommand.Stats.class, DictCommand.Convert.class,
                CompareCommand.class})
final class DictCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** The dictionaries a subcommand works on: files named, PETRARCH flags, or the bundled set. */
    static final class Selection {
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "dyad YAML files or folders (default: the bundled set)")
        List<Path> files = new ArrayList<>();

        @Mixin
        DictionaryOptions options;

        Dictionaries load() {
            if (!files.isEmpty()) {
                return Dictionaries.readDyad(files);
            }
            options.resolve();
            return options.petrarch() || !options.dyadFiles.isEmpty() ? options.load(new java.io.PrintStream(
                    java.io.OutputStream.nullOutputStream())) : Dictionaries.defaults();
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Lint dictionaries: unusable lines, names two entries claim, overlapping roles, "
                    + "unknown CAMEO or agent codes, patterns never tried. Exit status 1 on errors.")
    static final class Check implements Callable<Integer> {
        @Mixin
        Selection dictionaries;

        @Override
        public Integer call() {
            List<DictionaryCheck.Finding> findings = DictionaryCheck.check(dictionaries.load(), CameoTable.standard());
            findings.forEach(System.out::println);
            long errors = findings.stream().filter(DictionaryCheck.Finding::error).count();
            System.out.printf("%d errors, %d warnings%n", errors, findings.size() - errors);
            return errors > 0 ? 1 : 0;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what dictionaries cover.")
    static final class Stats implements Callable<Integer> {
        @Mixin
        Selection dictionaries;

        @Override
        public Integer call() {
            DictionaryStats.print(dictionaries.load(), CameoTable.standard(), System.out);
            return 0;
        }
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Turn PETRARCH dictionaries into dyad's YAML format, one file per input.")
    static final class Convert implements Callable<Integer> {
        @Option(names = "--verbs", paramLabel = "FILE") Path verbs;
        @Option(names = "--actors", paramLabel = "FILE", split = ",") List<Path> actors = new ArrayList<>();
        @Option(names = "--agents", paramLabel = "FILE") Path agents;
        @Option(names = "--discards", paramLabel = "FILE") Path discards;
        @Option(names = "--output-dir", paramLabel = "DIR", required = true) Path out;

        @Override
        public Integer call() throws IOException {
            Files.createDirectories(out);
            if (verbs != null) {
                write(verbs, PetrarchConverter.verbs(lines(verbs)));
            }
            for (Path a : actors) {
                write(a, PetrarchConverter.actors(lines(a)));
            }
            if (agents != null) {
                write(agents, PetrarchConverter.agents(lines(agents)));
            }
            if (discards != null) {
                write(discards, PetrarchConverter.discards(lines(discards)));
            }
            return 0;
        }

        private static List<DictionaryLine> lines(Path p) {
            return PetrarchLines.read(p);
        }

        private void write(Path source, String yaml) throws IOException {
            String name = source.getFileName().toString().replaceFirst("\\.txt$", "") + ".yaml";
            Path target = out.resolve(name);
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
            System.err.println("dyad: wrote " + target);
        }
    }
}
