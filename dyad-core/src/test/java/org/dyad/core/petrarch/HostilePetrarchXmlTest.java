package org.dyad.core.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.EntityBait;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PETRARCH XML files come from elsewhere: entities that reach for local files or the network, or
 * that expand without end, and records of absurd size are reported with the file and line, and
 * the records around them are still read, as {@code dyad code} reads them (streaming).
 */
class HostilePetrarchXmlTest {

    private static final String TREE = "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Sweden))) (. .)))";

    @TempDir
    Path dir;

    private static String sentence(String id, String text) {
        return "<Sentence date=\"20200102\" id=\"" + id + "\" sentence=\"true\">\n<Text>" + text
                + "</Text>\n<Parse>" + TREE + "</Parse>\n</Sentence>\n";
    }

    private List<PetrarchItem> stream(String name, String xml) throws IOException {
        Path file = Files.writeString(dir.resolve(name), xml);
        List<PetrarchItem> items = new ArrayList<>();
        // a parser that expanded the entities would take minutes and gigabytes here, not milliseconds
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PetrarchXmlReader.stream(file, items::add));
        return items;
    }

    private static void assertNoLeak(List<PetrarchItem> items) {
        assertThat(items).noneSatisfy(i -> assertThat(i.toString()).contains(EntityBait.SECRET));
    }

    private static PetrarchItem.Malformed malformed(List<PetrarchItem> items, String id) {
        return items.stream().filter(i -> i instanceof PetrarchItem.Malformed m && m.id().equals(id))
                .map(PetrarchItem.Malformed.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no malformed record " + id + " in " + items));
    }

    private static List<String> sentenceIds(List<PetrarchItem> items) {
        return items.stream().filter(PetrarchItem.Sentence.class::isInstance)
                .map(i -> ((PetrarchItem.Sentence) i).record().id()).toList();
    }

    @Test
    void anExternalEntityNamingALocalFileIsReportedAndNeverRead() throws IOException {
        try (EntityBait bait = new EntityBait(dir)) {
            List<PetrarchItem> items = stream("xxe-file.xml", "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE Sentences [<!ENTITY xxe SYSTEM \"" + bait.fileUri() + "\">]>\n<Sentences>\n"
                    + sentence("BEFORE", "Norway criticized Sweden.")
                    + sentence("EVIL", "Leaked: &xxe;")
                    + sentence("AFTER", "Norway criticized Sweden.")
                    + "</Sentences>\n");

            assertNoLeak(items);
            assertThat(sentenceIds(items)).containsExactly("BEFORE", "AFTER");
            PetrarchItem.Malformed evil = malformed(items, "EVIL");
            assertThat(evil.file()).isEqualTo(dir.resolve("xxe-file.xml").toString());
            assertThat(evil.line()).isEqualTo(8);
            assertThat(evil.message()).contains("entity &xxe; is not expanded", "refused").contains("line 9");
        }
    }

    @Test
    void anExternalEntityOrDtdOnTheNetworkIsNeverFetched() throws IOException {
        try (EntityBait bait = new EntityBait(dir)) {
            List<PetrarchItem> items = stream("xxe-url.xml", "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE Sentences SYSTEM \"" + bait.url("petrarch.dtd") + "\" [\n"
                    + "<!ENTITY xxe SYSTEM \"" + bait.url("secret") + "\">\n"
                    + "<!ENTITY % remote SYSTEM \"" + bait.url("remote.dtd") + "\"> %remote;\n]>\n<Sentences>\n"
                    + sentence("EVIL", "Leaked: &xxe;")
                    + sentence("AFTER", "Norway criticized Sweden.")
                    + "</Sentences>\n");

            assertThat(bait.requests()).isZero();
            assertNoLeak(items);
            assertThat(sentenceIds(items)).containsExactly("AFTER");
            assertThat(malformed(items, "EVIL").message()).contains("entity &xxe; is not expanded");
        }
    }

    @Test
    void billionLaughsFailsFastWithAClearError() throws IOException {
        List<PetrarchItem> items = stream("laughs.xml", "<?xml version=\"1.0\"?>\n"
                + EntityBait.billionLaughs("Sentences") + "<Sentences>\n"
                + sentence("LAUGHS", "&lol9;")
                + sentence("AFTER", "Norway criticized Sweden.")
                + "</Sentences>\n");

        assertThat(sentenceIds(items)).containsExactly("AFTER");
        assertThat(malformed(items, "LAUGHS").message()).contains("entity &lol9; is not expanded");
    }

    @Test
    void aRecordWithTooMuchTextIsReportedAndTheRestRead() throws IOException {
        List<PetrarchItem> items = stream("huge.xml", "<Sentences>\n"
                + sentence("HUGE", "word ".repeat(PetrarchXmlReader.MAX_TEXT_CHARS / 5 + 1))
                + sentence("AFTER", "Norway criticized Sweden.")
                + "</Sentences>\n");

        assertThat(sentenceIds(items)).containsExactly("AFTER");
        assertThat(malformed(items, "HUGE").message()).containsIgnoringCase("limit")
                .contains(String.valueOf(PetrarchXmlReader.MAX_TEXT_CHARS)).doesNotContain("[com.ctc");
    }

    @Test
    void aRecordNestedAbsurdlyDeepIsReportedAndTheRestRead() throws IOException {
        int depth = PetrarchXmlReader.MAX_ELEMENT_DEPTH + 1;
        List<PetrarchItem> items = stream("deep.xml", "<Sentences>\n"
                + sentence("DEEP", "<b>".repeat(depth) + "x" + "</b>".repeat(depth))
                + sentence("AFTER", "Norway criticized Sweden.")
                + "</Sentences>\n");

        assertThat(sentenceIds(items)).containsExactly("AFTER");
        assertThat(malformed(items, "DEEP").message()).containsIgnoringCase("depth");
    }
}
