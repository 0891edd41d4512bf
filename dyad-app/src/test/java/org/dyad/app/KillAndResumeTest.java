package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.dyad.core.model.Event;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dyad killed with SIGKILL in the middle of a batch and started again: the output, or the store,
 * holds each article's events exactly once, the same as an uninterrupted run. dyad runs in a
 * child JVM so that it can be killed; the input is PETRARCH XML with small dictionaries, so the
 * runs are long enough to kill without CoreNLP.
 */
class KillAndResumeTest {

    @TempDir
    static Path dir;

    private static final int STORIES_INGESTED = 2_000;
    private static Path input;
    private static List<String> dictionaries;

    private static final String[][] SENTENCES = {
        {"Norway criticized Sweden.", "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Sweden))) (. .)))"},
        {"Sweden criticized Norway.", "(ROOT (S (NP (NNP Sweden)) (VP (VBD criticized) (NP (NNP Norway))) (. .)))"},
        {"Denmark criticized Norway and Sweden.", "(ROOT (S (NP (NNP Denmark)) (VP (VBD criticized) (NP (NP (NNP Norway))"
                + " (CC and) (NP (NNP Sweden)))) (. .)))"},
    };

    @BeforeAll
    static void input() throws Exception {
        input = dir.resolve("stories.xml");
        try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            w.write("<Sentences>\n");
            for (int story = 0; story < 40_000; story++) {
                for (int s = 0; s < SENTENCES.length; s++) {
                    int day = 1 + story % 28;
                    // the story number in the text keeps the stories' texts apart: the store keeps one
                    // article per text
                    w.write(String.format("<Sentence date=\"201905%02d\" id=\"K%05d_%d\" source=\"T\" sentence=\"True\">"
                            + "\n<Text>%s (%d)</Text>\n<Parse>%s</Parse>\n</Sentence>\n", day, story, s + 1,
                            SENTENCES[s][0], story, SENTENCES[s][1]));
                }
            }
            w.write("</Sentences>\n");
        }
        Path verbs = Files.writeString(dir.resolve("verbs.txt"), "--- CRITICIZE [121] ---\nCRITICIZE\n");
        Path actors = Files.writeString(dir.resolve("actors.txt"), "NORWAY [NOR]\nSWEDEN [SWE]\nDENMARK [DNK]\n");
        Path agents = Files.writeString(dir.resolve("agents.txt"), "GOVERNMENT [~GOV]\n");
        dictionaries = List.of("--verbs", verbs.toString(), "--actors", actors.toString(), "--agents", agents.toString());
    }

    private static Process start(List<String> dyadArgs, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.dyad.app.Dyad"));
        cmd.addAll(dyadArgs);
        cmd.addAll(dictionaries);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void finish(List<String> args, Path log) throws Exception {
        Process p = start(args, log);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }

    /** Waits until the condition holds, then kills the process at once (SIGKILL on Linux). */
    private static void killWhen(Process p, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(p.isAlive()).as("dyad finished before it could be killed midway").isTrue();
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }
        p.destroyForcibly();
        p.waitFor();
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void codeKilledMidwayAndStartedAgainWritesEachEventOnce() throws Exception {
        Path clean = dir.resolve("clean.jsonl");
        finish(List.of("code", "--input-format", "petrarch-xml", "--output", clean.toString(), input.toString()),
                dir.resolve("clean.log"));
        List<String> expected = Files.readAllLines(clean);
        assertThat(expected).hasSize(40_000 * 4);

        Path out = dir.resolve("out.jsonl");
        Path checkpoint = Checkpoint.beside(out);
        List<String> args = List.of("code", "--input-format", "petrarch-xml", "--output", out.toString(),
                input.toString());
        Process first = start(args, dir.resolve("first.log"));
        // killed once a checkpoint vouches for part of the output, with more still to come
        killWhen(first, () -> Files.exists(checkpoint) && size(out) > 0);
        assertThat(Files.exists(checkpoint)).isTrue();
        long before = Files.readAllLines(out).size();
        assertThat(before).isLessThan(expected.size());

        finish(args, dir.resolve("second.log"));
        assertThat(Files.readString(dir.resolve("second.log"))).contains("resuming");
        assertThat(Files.readAllLines(out)).containsExactlyElementsOf(expected);
        assertThat(checkpoint).doesNotExist();
    }

    private static Map<String, List<String>> eventsByArticle(Path store) {
        Map<String, List<String>> out = new HashMap<>();
        try (EventStore s = EventStore.open(store, true, 1)) {
            s.forEach(EventQuery.all(), (Event e) -> out.computeIfAbsent(e.articleId(), k -> new ArrayList<>())
                    .add(e.id()));
        }
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    @Test
    void ingestKilledMidwayLeavesNoHalfArticleAndFinishesOnce() throws Exception {
        Path small = dir.resolve("small.xml");
        // 2,000 stories (the store takes one transaction each) are enough to be killed midway
        List<String> lines = new ArrayList<>(Files.readAllLines(input).subList(0, 1 + STORIES_INGESTED * 3 * 4));
        lines.add("</Sentences>");
        Files.write(small, lines);
        Path clean = dir.resolve("clean.duckdb");
        finish(List.of("ingest", "--store", clean.toString(), small.toString()), dir.resolve("ingest-clean.log"));
        Map<String, List<String>> expected = eventsByArticle(clean);
        assertThat(expected).hasSize(STORIES_INGESTED);

        Path store = dir.resolve("killed.duckdb");
        Path wal = store.resolveSibling("killed.duckdb.wal");
        List<String> args = List.of("ingest", "--store", store.toString(), small.toString());
        Process first = start(args, dir.resolve("ingest-first.log"));
        killWhen(first, () -> size(wal) > 100_000);

        Map<String, List<String>> partial = eventsByArticle(store);
        assertThat(partial.size()).isBetween(1, STORIES_INGESTED - 1);
        partial.forEach((article, events) -> assertThat(events).as(article).isEqualTo(expected.get(article)));

        finish(args, dir.resolve("ingest-second.log"));
        assertThat(eventsByArticle(store)).isEqualTo(expected);
    }
}
