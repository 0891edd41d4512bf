package org.dyad.core.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchXmlReaderTest {

    private static String sentence(String id, String date, String text, String parse, String codings) {
        return "<Sentence date=\"" + date + "\" id=\"" + id + "\" category=\"DEMO\" sentence=\"true\">\n"
                + codings + "\n<Text>\n" + text + "\n</Text>\n<Parse>\n" + parse + "\n</Parse>\n</Sentence>\n";
    }

    private static final String TREE = "(ROOT (S (NP (NNP Norway)) (VP (VBD criticized) (NP (NNP Sweden))) (. .)))";

    @Test
    void readsRecordsConfigsAndEnvironmentInDocumentOrder() {
        String xml = "<Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>"
                + "<Agentfile>g.txt</Agentfile><Include>valid DEMO</Include></Environment><Sentences>\n"
                + sentence("S-01", "20200102", "Norway criticized Sweden.", TREE,
                        "<EventCoding sourcecode=\"NOR\" targetcode=\"SWE\" eventcode=\"121\"></EventCoding>")
                + "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
                + sentence("S-02", "20200103", "Norway criticized Sweden.", TREE, "<EventCoding noevents=\"True\"/>")
                + "</Sentences></Validation>";

        PetrarchXmlReader.Contents c = PetrarchXmlReader.read("t.xml", xml);

        assertThat(c.environment().verbFile()).isEqualTo("v.txt");
        assertThat(c.environment().actorFiles()).containsExactly("a.txt");
        assertThat(c.items()).hasSize(3);
        PetrarchRecord first = ((PetrarchItem.Sentence) c.items().get(0)).record();
        assertThat(first.id()).isEqualTo("S-01");
        assertThat(first.date()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(first.expected()).containsExactly(new ExpectedEvent("NOR", "SWE", "121"));
        assertThat(first.active()).isTrue();
        assertThat(c.items().get(1)).isEqualTo(new PetrarchItem.Config("require_dyad", "false", "t.xml", 11));
        PetrarchRecord second = ((PetrarchItem.Sentence) c.items().get(2)).record();
        assertThat(second.expected()).isEmpty();
        assertThat(second.hasCodings()).isTrue();
    }

    @Test
    void aBrokenRecordIsReportedWithItsIdAndLineAndTheRestIsRead() {
        String xml = "<Sentences>\n"
                + sentence("GOOD-1", "20200102", "Norway criticized Sweden.", TREE, "")
                + "<Sentence date=\"2020x\" id=\"BADDATE\" sentence=\"true\"><Text>x</Text><Parse>" + TREE
                + "</Parse></Sentence>\n"
                + "<Sentence date=\"20200102\" id=\"NOPARSE\" sentence=\"true\"><Text>x</Text></Sentence>\n"
                + "<Sentence date=\"20200102\" id=\"STRAY\" sentence=\"true\"><Text>a <b>bold</Text><Parse>"
                + TREE + "</Parse></Sentence>\n"
                + sentence("GOOD-2", "20200102", "Norway criticized Sweden.", TREE, "")
                + "</Sentences>";

        List<PetrarchItem> items = PetrarchXmlReader.read("t.xml", xml).items();

        assertThat(items).extracting(i -> i instanceof PetrarchItem.Sentence s ? s.record().id()
                        : ((PetrarchItem.Malformed) i).id())
                .containsExactly("GOOD-1", "BADDATE", "NOPARSE", "STRAY", "GOOD-2");
        PetrarchItem.Malformed noParse = (PetrarchItem.Malformed) items.get(2);
        assertThat(noParse.line()).isEqualTo(12);
        assertThat(noParse.message()).contains("no <Parse>");
        assertThat(items.get(3)).isInstanceOf(PetrarchItem.Malformed.class);
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xml = "<!DOCTYPE s [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<Sentences>\n"
                + sentence("X-1", "20200102", "&xxe;", TREE, "") + "</Sentences>";

        List<PetrarchItem> items = PetrarchXmlReader.read("t.xml", xml).items();

        assertThat(items).hasSize(1);
        if (items.get(0) instanceof PetrarchItem.Sentence s) {
            assertThat(s.record().text()).doesNotContain("root:");
        } else {
            assertThat(((PetrarchItem.Malformed) items.get(0)).message()).isNotBlank();
        }
    }

    @Test
    void commentsDoNotHideOrInventRecords() {
        String xml = "<Sentences><!-- <Sentence id=\"GHOST\"> -->\n"
                + sentence("REAL", "20200102", "Norway criticized Sweden.", TREE, "<!-- a comment -->")
                + "</Sentences>";

        List<PetrarchItem> items = PetrarchXmlReader.read("t.xml", xml).items();

        assertThat(items).hasSize(1);
        assertThat(((PetrarchItem.Sentence) items.get(0)).record().id()).isEqualTo("REAL");
    }

    @Test
    void streamingDeliversEveryReadableRecordOnceEvenWhenTheFileIsNotWellFormed(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<Sentences>\n"
                + sentence("OK-1", "20200102", "Norway criticized Sweden.", TREE, "")
                + sentence("OK-2", "20200102", "Norway criticized Sweden.", TREE, "")
                + "<Sentence date=\"20200102\" id=\"BROKEN\" sentence=\"true\"><Text>x <b></Text><Parse>" + TREE
                + "</Parse></Sentence>\n"
                + sentence("OK-3", "20200102", "Norway criticized Sweden.", TREE, "")
                + "</Sentences>\n");
        List<String> seen = new ArrayList<>();

        PetrarchXmlReader.stream(file, item -> seen.add(item instanceof PetrarchItem.Sentence s ? s.record().id()
                : "malformed:" + ((PetrarchItem.Malformed) item).id()));

        assertThat(seen).containsExactly("OK-1", "OK-2", "malformed:BROKEN", "OK-3");
    }

    @Test
    void storyIdDropsTheSentenceNumber() {
        PetrarchRecord r = new PetrarchRecord("AFP0808020625_4", "", null, "", TREE, true, List.of(), false, null,
                true, "f", 1);
        assertThat(r.storyId()).isEqualTo("AFP0808020625");
    }
}
