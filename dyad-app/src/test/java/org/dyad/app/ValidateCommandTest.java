package org.dyad.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private static final String TREE = "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Sweden))) (. .)))";

    private static String record(String id, String category, String coding) {
        return "<Sentence date=\"20200101\" id=\"" + id + "\" category=\"" + category + "\" sentence=\"true\">\n"
                + coding + "\n<Text>Norway criticized Sweden.</Text>\n<Parse>" + TREE + "</Parse>\n</Sentence>\n";
    }

    @Test
    void printsAPassTablePerCategoryAndTheFailingRecords() throws Exception {
        Files.writeString(dir.resolve("verbs.txt"), "--- CRITICIZE [121] ---\nCRITICIZE\n");
        Files.writeString(dir.resolve("actors.txt"), "NORWAY [NOR]\nSWEDEN [SWE]\n");
        Files.writeString(dir.resolve("agents.txt"), "GOVERNMENT [~GOV]\n");
        Path suite = dir.resolve("suite.xml");
        Files.writeString(suite, "<Validation><Environment><Verbfile>verbs.txt</Verbfile>"
                + "<Actorfile>actors.txt</Actorfile><Agentfile>agents.txt</Agentfile></Environment><Sentences>\n"
                + record("V-1", "VERB", "<EventCoding sourcecode=\"NOR\" targetcode=\"SWE\" eventcode=\"121\"/>")
                + record("V-2", "VERB", "<EventCoding sourcecode=\"SWE\" targetcode=\"NOR\" eventcode=\"121\"/>")
                + record("A-1", "ACTOR", "<EventCoding sourcecode=\"NOR\" targetcode=\"SWE\" eventcode=\"121\"/>")
                + "</Sentences></Validation>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Dyad.commandLine().execute("validate", suite.toString(), "--dictionary-dir", dir.toString(),
                    "--min-rate", "90");
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);

        assertThat(status).isEqualTo(1); // 2 of 3 is below 90%
        assertThat(printed).containsPattern("ACTOR\\s+1\\s+1\\s+100.0%");
        assertThat(printed).containsPattern("VERB\\s+1\\s+2\\s+50.0%");
        assertThat(printed).contains("FAILED V-2").contains("expected: [SWE NOR 121]").contains("coded:    [NOR SWE 121]");
    }
}
