package org.dyad.core.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Actor phrases and their (possibly date-restricted) codes, from one or more files. */
public record ActorDictionary(PhraseIndex<Actor> index, List<DictionaryProblem> problems) {

    public ActorDictionary {
        problems = List.copyOf(problems);
    }

    public static ActorDictionary empty() {
        return new ActorDictionary(PhraseIndex.<Actor>builder().build(), List.of());
    }

    /** Reads PETRARCH actor files; later files add to earlier ones. */
    public static ActorDictionary readPetrarch(List<Path> files) {
        PhraseIndex.Builder<Actor> builder = PhraseIndex.builder();
        List<DictionaryProblem> problems = new ArrayList<>();
        for (Path f : files) {
            PetrarchActorReader.read(PetrarchLines.read(f), builder, problems);
        }
        return new ActorDictionary(builder.build(), problems);
    }

    public static ActorDictionary fromLines(List<DictionaryLine> lines) {
        PhraseIndex.Builder<Actor> builder = PhraseIndex.builder();
        List<DictionaryProblem> problems = new ArrayList<>();
        PetrarchActorReader.read(lines, builder, problems);
        return new ActorDictionary(builder.build(), problems);
    }
}
