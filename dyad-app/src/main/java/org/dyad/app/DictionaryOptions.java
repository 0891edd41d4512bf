package org.dyad.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.dictionary.DictionaryProblem;
import org.dyad.core.petrarch.PetrarchConfig;
import picocli.CommandLine.Option;

/** The dictionary flags shared by the commands that code. */
final class DictionaryOptions {

    @Option(names = "--verbs", paramLabel = "FILE", description = "PETRARCH verb dictionary (e.g. CAMEO.2.0.txt)")
    Path verbs;

    @Option(names = "--actors", paramLabel = "FILE", split = ",",
            description = "PETRARCH actor dictionaries, comma-separated")
    List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE", description = "PETRARCH agent dictionary")
    Path agents;

    @Option(names = "--discards", paramLabel = "FILE", description = "PETRARCH discard list")
    Path discards;

    @Option(names = "--issues", paramLabel = "FILE", description = "PETRARCH issue dictionary")
    Path issues;

    @Option(names = "--dictionary", paramLabel = "FILE", split = ",",
            description = "dyad-format dictionaries (YAML files or folders of them) instead of the bundled ones")
    List<Path> dyadFiles = new ArrayList<>();

    @Option(names = "--petrarch-config", paramLabel = "INI",
            description = "a PETRARCH PETR_config.ini: its dictionaries and options (flags above override it)")
    Path petrarchConfig;

    /** The coder options: PETRARCH's defaults, or those of the PETRARCH configuration given. */
    CoderOptions options() {
        return config() == null ? CoderOptions.defaults() : config().options();
    }

    private PetrarchConfig parsedConfig;

    private PetrarchConfig config() {
        if (parsedConfig == null && petrarchConfig != null) {
            parsedConfig = PetrarchConfig.read(petrarchConfig);
        }
        return parsedConfig;
    }

    /** Whether PETRARCH-format dictionaries were named; otherwise dyad's own are used. */
    boolean petrarch() {
        return petrarchConfig != null || verbs != null || !actors.isEmpty() || agents != null;
    }

    Dictionaries load(java.io.PrintStream err) {
        resolve();
        Dictionaries d;
        if (!dyadFiles.isEmpty()) {
            d = Dictionaries.readDyad(dyadFiles);
        } else if (petrarch()) {
            d = Dictionaries.readPetrarch(verbs, actors, agents, discards, issues);
        } else {
            d = Dictionaries.defaults();
        }
        report(d, err);
        return d;
    }

    /** Settles which files to read, failing at once when the flags do not name a complete set. */
    void resolve() {
        if (!dyadFiles.isEmpty() && petrarch()) {
            throw new IllegalArgumentException("use either dyad dictionaries (--dictionary) or PETRARCH ones "
                    + "(--petrarch-config, --verbs, --actors, --agents), not both");
        }
        if (!dyadFiles.isEmpty() || !petrarch()) {
            return; // dyad's own: the bundled set unless files are named
        }
        if (config() != null) {
            PetrarchConfig c = config();
            verbs = verbs == null ? c.verbs() : verbs;
            actors = actors.isEmpty() ? c.actors() : actors;
            agents = agents == null ? c.agents() : agents;
            discards = discards == null ? c.discards() : discards;
            issues = issues == null ? c.issues() : issues;
        }
        if (verbs == null || actors.isEmpty() || agents == null) {
            throw new IllegalArgumentException("PETRARCH dictionaries come as a set: --petrarch-config PETR_config.ini, "
                    + "or --verbs FILE --actors FILE[,FILE...] --agents FILE (without any of them dyad uses its own)");
        }
    }

    @Option(names = "--dictionary-problems", description = "list every dictionary line that could not be used")
    boolean allProblems;

    void report(Dictionaries d, java.io.PrintStream err) {
        report(d, err, allProblems ? Integer.MAX_VALUE : 3);
    }

    static void report(Dictionaries d, java.io.PrintStream err, int limit) {
        List<DictionaryProblem> problems = d.problems();
        problems.stream().limit(limit).forEach(p -> err.println("dictionary: " + p));
        if (problems.size() > limit) {
            err.println("dictionary: " + (problems.size() - limit) + " more lines could not be used "
                    + "(--dictionary-problems lists them)");
        }
    }
}
