package org.dyad.core.petrarch;

import java.util.List;

/**
 * A validation file's {@code <Environment>}: the dictionaries the suite is coded with, which
 * categories it includes, and initial options.
 */
public record Environment(String verbFile, List<String> actorFiles, String agentFile, String discardFile,
                          String issueFile, List<String> include, List<String> exclude,
                          List<PetrarchItem.Config> configs) {

    public Environment {
        actorFiles = List.copyOf(actorFiles);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        configs = List.copyOf(configs);
    }

    public static Environment none() {
        return new Environment(null, List.of(), null, null, null, List.of(), List.of(), List.of());
    }

    /** Whether a record of this category and validity takes part in the suite. */
    public boolean includes(String category, boolean flaggedValid) {
        boolean validOnly = include.contains("valid");
        if (validOnly && !flaggedValid) {
            return false;
        }
        List<String> cats = include.stream().filter(c -> !c.equals("valid")).toList();
        if (!cats.isEmpty() && !cats.contains(category)) {
            return false;
        }
        return !exclude.contains(category);
    }
}
