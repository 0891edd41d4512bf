package org.dyad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.Dictionaries;

/**
 * Where the benchmarks find their inputs. Paths come from system properties and default to
 * PETRARCH's files in {@code ../shared}, resolved against the working directory, so the defaults
 * work when the benchmarks are started from the repository root ({@code /work/main}).
 * JMH starts its forks with the host JVM's arguments, so {@code java -Ddyad.dictionaries=DIR -jar ...}
 * reaches the forks as well.
 */
final class BenchFiles {

    static final String DICTIONARIES_PROPERTY = "dyad.dictionaries";
    static final String DEFAULT_DICTIONARIES = "../shared/petrarch/dictionaries";
    static final String SAMPLE_PROPERTY = "dyad.sample";
    static final String DEFAULT_SAMPLE = "../shared/petrarch/text/GigaWord.sample.PETR.xml";

    static final String VERBS = "CAMEO.2.0.txt";
    static final List<String> ACTORS = List.of(
            "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    static final String AGENTS = "Phoenix.agents.txt";
    static final String DISCARDS = "Phoenix.discards.txt";
    static final String ISSUES = "Phoenix.IssueCoding.txt";

    private BenchFiles() {
    }

    /** The Phoenix dictionary files, checked to exist. */
    record PhoenixSet(Path verbs, List<Path> actors, Path agents, Path discards, Path issues) {

        Dictionaries load() {
            return Dictionaries.readPetrarch(verbs, actors, agents, discards, issues);
        }
    }

    static PhoenixSet phoenix() {
        Path dir = resolve(DICTIONARIES_PROPERTY, DEFAULT_DICTIONARIES);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("dictionary directory " + dir + " does not exist (working directory "
                    + cwd() + "). Run from the repository root, or pass -D" + DICTIONARIES_PROPERTY
                    + "=DIR naming the directory that holds " + VERBS + ", " + String.join(", ", ACTORS) + ", "
                    + AGENTS + ", " + DISCARDS + " and " + ISSUES);
        }
        List<Path> actors = new ArrayList<>();
        for (String a : ACTORS) {
            actors.add(file(dir, a));
        }
        return new PhoenixSet(file(dir, VERBS), actors, file(dir, AGENTS), file(dir, DISCARDS), file(dir, ISSUES));
    }

    static Path sample() {
        Path sample = resolve(SAMPLE_PROPERTY, DEFAULT_SAMPLE);
        if (!Files.isRegularFile(sample)) {
            throw new IllegalStateException("sample file " + sample + " does not exist (working directory " + cwd()
                    + "). Run from the repository root, or pass -D" + SAMPLE_PROPERTY + "=FILE naming a PETRARCH XML file");
        }
        return sample;
    }

    private static Path file(Path dir, String name) {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("dictionary file " + p + " is missing; -D" + DICTIONARIES_PROPERTY
                    + " must name a directory holding the Phoenix set");
        }
        return p;
    }

    private static Path resolve(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }

    private static Path cwd() {
        return Path.of("").toAbsolutePath();
    }
}
