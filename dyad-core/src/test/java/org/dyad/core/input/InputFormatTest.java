package org.dyad.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "story.txt, TEXT", "story.text, TEXT", "STORY.TXT, TEXT", "AFP_ENG_20190401.0001, TEXT", "story, TEXT",
        "page.html, HTML", "page.HTM, HTML",
        "batch.jsonl, JSONL", "batch.json, JSONL", "batch.ndjson, JSONL",
        "wire.rss, FEED", "wire.atom, FEED",
        "scan.pdf, TEXT"})
    void detectsByExtension(String name, InputFormat expected) {
        assertThat(InputFormat.detect(dir.resolve(name))).isEqualTo(expected);
    }

    @Test
    void sniffsTheRootElementOfXmlFiles() throws IOException {
        assertThat(detectXml("<?xml version=\"1.0\"?>\n<!-- wire feed -->\n<rss version=\"2.0\"><channel/></rss>"))
                .isEqualTo(InputFormat.FEED);
        assertThat(detectXml("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>")).isEqualTo(InputFormat.FEED);
        assertThat(detectXml("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"))
                .isEqualTo(InputFormat.FEED);
        assertThat(detectXml("\uFEFF<?xml version=\"1.0\"?>\n<Sentences>\n<Sentence date=\"20190401\" id=\"A-1\">"))
                .isEqualTo(InputFormat.PETRARCH_XML);
        assertThat(detectXml("<!DOCTYPE Validation [<!ELEMENT Validation ANY>]>\n<Validation>"))
                .isEqualTo(InputFormat.PETRARCH_XML);
        assertThat(detectXml("<Sentence id=\"B-2\">")).isEqualTo(InputFormat.PETRARCH_XML);
        assertThat(detectXml("<catalog><book/></catalog>")).isEqualTo(InputFormat.TEXT);
        assertThat(detectXml("not markup at all")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void anUnreadableXmlFileIsLeftToTheReaderToReport() {
        assertThat(InputFormat.detect(dir.resolve("missing.xml"))).isEqualTo(InputFormat.TEXT);
    }

    private InputFormat detectXml(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("input.xml"), content);
        return InputFormat.detect(file);
    }

    @Test
    void parsesTheCommandLineNames() {
        assertThat(InputFormat.parse("auto")).isNull();
        assertThat(InputFormat.parse(null)).isNull();
        assertThat(InputFormat.parse("text")).isEqualTo(InputFormat.TEXT);
        assertThat(InputFormat.parse("HTML")).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.parse("jsonl")).isEqualTo(InputFormat.JSONL);
        assertThat(InputFormat.parse("rss")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.parse("atom")).isEqualTo(InputFormat.FEED);
        assertThat(InputFormat.parse("petrarch-xml")).isEqualTo(InputFormat.PETRARCH_XML);
        for (InputFormat f : InputFormat.values()) {
            assertThat(InputFormat.parse(f.cliName())).isEqualTo(f);
        }
    }

    @Test
    void anUnknownNameSaysWhichNamesThereAre() {
        assertThatThrownBy(() -> InputFormat.parse("pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pdf'")
                .hasMessageContaining("auto, text, html, jsonl, rss or petrarch-xml");
    }
}
