package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same kinds of events reported as fact, denied, as a possibility and as a plan, in
 * sentences written for this test (`eval/modality.jsonl`), coded from raw text with the default
 * dictionaries. A sentence counts as right when it yields events and all carry the modality its
 * wording gives; a sentence without an event counts as wrong.
 */
class ModalityEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void modalityIsRightForAtLeastNineInTenSentences() throws Exception {
        Path input = dir.resolve("modality.jsonl");
        Map<String, String> expected = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = getClass().getResourceAsStream("/eval/modality.jsonl")) {
            byte[] bytes = in.readAllBytes();
            Files.write(input, bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                JsonNode n = json.readTree(line);
                expected.put(n.get("id").asText(), n.get("modality").asText());
            }
        }
        Path out = dir.resolve("events.jsonl");
        PrintStream old = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            Dyad.commandLine().execute("code", "--threads", "2", "--output", out.toString(), input.toString());
        } finally {
            System.setErr(old);
        }
        Map<String, List<String>> coded = new HashMap<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode e = json.readTree(line);
            coded.computeIfAbsent(e.get("article_id").asText(), k -> new ArrayList<>()).add(e.get("modality").asText());
        }

        List<String> wrong = new ArrayList<>();
        expected.forEach((id, modality) -> {
            List<String> got = coded.getOrDefault(id, List.of());
            if (got.isEmpty() || !got.stream().allMatch(modality::equals)) {
                wrong.add(id + " expected " + modality + ", coded " + got);
            }
        });
        double accuracy = 1.0 - (double) wrong.size() / expected.size();
        System.out.printf("modality accuracy %.3f (%d of %d); wrong: %s%n", accuracy,
                expected.size() - wrong.size(), expected.size(), wrong);

        assertThat(accuracy).as("wrong: %s", wrong).isGreaterThanOrEqualTo(0.9);
    }
}
