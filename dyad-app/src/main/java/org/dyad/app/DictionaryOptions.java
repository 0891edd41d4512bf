package org.dyad.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.dictionary.DictionaryProblem;
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

    Dictionaries load(java.io.PrintStream err) {
        if (verbs == null || actors.isEmpty() || agents == null) {
            throw new IllegalArgumentException("name the dictionaries to code with: --verbs FILE --actors FILE[,FILE...] "
                    + "--agents FILE (PETRARCH's Phoenix set works; dyad's own defaults are not yet bundled)");
        }
        Dictionaries d = Dictionaries.readPetrarch(verbs, actors, agents, discards, issues);
        report(d, err);
        return d;
    }

    static void report(Dictionaries d, java.io.PrintStream err) {
        List<DictionaryProblem> problems = d.problems();
        int shown = 0;
        for (DictionaryProblem p : problems) {
            if (shown++ < 20) {
                err.println("dictionary: " + p);
            }
        }
        if (problems.size() > 20) {
            err.println("dictionary: ... and " + (problems.size() - 20) + " more problems");
        }
    }
}
