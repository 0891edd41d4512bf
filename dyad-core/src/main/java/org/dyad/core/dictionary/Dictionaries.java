package org.dyad.core.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dictionaries a coder works with. A value: two coders with different dictionaries can run
 * side by side in one JVM.
 */
public record Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
                           DiscardList discards, IssueDictionary issues) {

    /** Reads PETRARCH-format files; {@code discards} and {@code issues} may be null. */
    public static Dictionaries readPetrarch(Path verbs, List<Path> actors, Path agents, Path discards, Path issues) {
        return new Dictionaries(
                VerbDictionary.readPetrarch(verbs),
                ActorDictionary.readPetrarch(actors),
                AgentDictionary.readPetrarch(agents),
                discards == null ? DiscardList.empty() : DiscardList.readPetrarch(discards),
                issues == null ? IssueDictionary.empty() : IssueDictionary.readPetrarch(issues));
    }

    /** Every line that could not be used, across all files. */
    public List<DictionaryProblem> problems() {
        List<DictionaryProblem> all = new ArrayList<>();
        all.addAll(verbs.problems());
        all.addAll(actors.problems());
        all.addAll(agents.problems());
        all.addAll(discards.problems());
        all.addAll(issues.problems());
        return all;
    }
}
