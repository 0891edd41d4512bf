package org.dyad.core.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The dictionaries a coder works with. A value: two coders with different dictionaries can run
 * side by side in one JVM.
 */
public record Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
                           DiscardList discards, IssueDictionary issues) {

    /**
     * Reads PETRARCH-format files; {@code discards} and {@code issues} may be null. The files are
     * read side by side: the actor files are most of the work, the rest fits beside them.
     */
    public static Dictionaries readPetrarch(Path verbs, List<Path> actors, Path agents, Path discards, Path issues) {
        CompletableFuture<ActorDictionary> a = CompletableFuture.supplyAsync(() -> ActorDictionary.readPetrarch(actors));
        CompletableFuture<VerbDictionary> v = CompletableFuture.supplyAsync(() -> VerbDictionary.readPetrarch(verbs));
        AgentDictionary g = AgentDictionary.readPetrarch(agents);
        DiscardList d = discards == null ? DiscardList.empty() : DiscardList.readPetrarch(discards);
        IssueDictionary i = issues == null ? IssueDictionary.empty() : IssueDictionary.readPetrarch(issues);
        try {
            return new Dictionaries(v.join(), a.join(), g, d, i);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
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
