package org.dyad.core.dictionary;

import java.io.PrintStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.core.cameo.CameoCode;
import org.dyad.core.cameo.CameoTable;

/** Coverage of a set of dictionaries: actors, roots, people with dated roles, agents, verbs and CAMEO codes reached. */
public final class DictionaryStats {

    private DictionaryStats() {
    }

    public static void print(Dictionaries d, CameoTable cameo, PrintStream out) {
        Set<Actor> actors = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> roots = new TreeSet<>();
        int withRoles = 0;
        int roles = 0;
        for (PhraseIndex.Entry<Actor> e : d.actors().index().entries()) {
            if (actors.add(e.value())) {
                long r = e.value().codes().stream().filter(DatedCode::restricted).count();
                roles += r;
                withRoles += r > 0 ? 1 : 0;
                e.value().codes().forEach(c -> {
                    if (c.code().length() >= 3 && !c.code().startsWith("---")) {
                        roots.add(c.code().substring(0, 3));
                    }
                });
            }
        }
        out.printf("actors: %d entries, %d names, %d with dated roles (%d roles), %d code roots%n", actors.size(),
                d.actors().index().size(), withRoles, roles, roots.size());
        Set<String> agentCodes = new TreeSet<>();
        d.agents().index().entries().forEach(e -> agentCodes.add(e.value().code()));
        out.printf("agents: %d nouns (with plurals), %d codes%n", d.agents().index().size(), agentCodes.size());
        Set<String> reached = new TreeSet<>();
        d.verbs().forms().values().forEach(f -> addCodes(f.code(), reached));
        d.verbs().patterns().values().forEach(list -> list.forEach(p -> addCodes(p.code(), reached)));
        out.printf("verbs: %d blocks, %d verb forms, %d patterns, %d synsets, %d transformations%n",
                new TreeSet<>(d.verbs().verbClass().values()).size(), d.verbs().forms().size(),
                d.verbs().patternCount(), d.verbs().synsets().size(), d.verbs().transformations().size());
        TreeMap<String, int[]> byRoot = new TreeMap<>();
        for (CameoCode c : cameo.codes()) {
            if (c.code().length() < 3) {
                continue;
            }
            int[] n = byRoot.computeIfAbsent(c.rootCode(), k -> new int[2]);
            n[1]++;
            if (reached.contains(c.code())) {
                n[0]++;
            }
        }
        int all = 0;
        int hit = 0;
        StringBuilder roots2 = new StringBuilder();
        for (var e : byRoot.entrySet()) {
            all += e.getValue()[1];
            hit += e.getValue()[0];
            roots2.append(String.format(" %s:%d/%d", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        out.printf("CAMEO event codes reached by a verb or pattern: %d of %d;%s%n", hit, all, roots2);
        out.printf("discards: %d phrases%n", d.discards().trie().size());
    }

    private static void addCodes(String code, Set<String> into) {
        for (String part : code.split(":")) {
            if (!part.isEmpty() && !part.equals("---")) {
                into.add(part);
            }
        }
    }
}
