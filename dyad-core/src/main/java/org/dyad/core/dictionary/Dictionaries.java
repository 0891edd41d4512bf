package org.dyad.core.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** Where dyad's own dictionaries live on the class path, and the list of their files. */
    static final String DEFAULTS = "/org/dyad/core/dictionaries/";

    /**
     * The dictionaries shipped with dyad: actors current to the date their files state, agents,
     * verb patterns for the CAMEO codes, discards (docs/dictionary-format.md).
     */
    public static Dictionaries defaults() {
        DyadDictionaryReader.Collected c = new DyadDictionaryReader.Collected();
        for (String name : defaultFiles()) {
            try (InputStream in = Dictionaries.class.getResourceAsStream(DEFAULTS + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled dictionary " + name + " is missing from the jar");
                }
                DyadDictionaryReader.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return c.build();
    }

    /** The bundled files, as listed in the index beside them. */
    public static List<String> defaultFiles() {
        try (InputStream in = Dictionaries.class.getResourceAsStream(DEFAULTS + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("the bundled dictionary index is missing from the jar");
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    names.add(t);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads dyad-format dictionary files; a folder stands for the .yaml files in it. */
    public static Dictionaries readDyad(List<Path> filesOrFolders) {
        DyadDictionaryReader.Collected c = new DyadDictionaryReader.Collected();
        for (Path p : yamlFiles(filesOrFolders)) {
            try {
                DyadDictionaryReader.read(p.toString(), Files.readString(p, StandardCharsets.UTF_8), c);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dictionary " + p + ": " + e.getMessage(), e);
            }
        }
        return c.build();
    }

    public static List<Path> yamlFiles(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
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
