package org.dyad.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchLinesTest {

    private static List<DictionaryLine> read(String text) throws IOException {
        return PetrarchLines.read("test.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(List<DictionaryLine> lines) {
        return lines.stream().map(l -> l.text().strip()).toList();
    }

    @Test
    void hashLinesAreComments() throws IOException {
        List<DictionaryLine> lines = read("""
                # a comment
                NORWAY [NOR]
                #NORWAY [XXX]
                """);

        assertThat(texts(lines)).containsExactly("NORWAY [NOR]");
    }

    @Test
    void aHashAfterABlankStartsATrailingComment() throws IOException {
        List<DictionaryLine> lines = read("""
                NORWAY [NOR] # added by hand
                SWEDEN [SWE]\t#tab before the hash
                C#SHARP [CSH]
                """);

        // a '#' inside a word is part of the word, not a comment
        assertThat(texts(lines)).containsExactly("NORWAY [NOR]", "SWEDEN [SWE]", "C#SHARP [CSH]");
    }

    @Test
    void anIndentedCommentLeavesNothing() throws IOException {
        assertThat(read("    # indented comment\nNORWAY [NOR]\n")).hasSize(1);
    }

    @Test
    void singleLineXmlCommentsAreRemoved() throws IOException {
        List<DictionaryLine> lines = read("""
                <!-- header comment -->
                NORWAY <!-- inline --> [NOR]
                <!DOCTYPE whatever>
                """);

        assertThat(texts(lines)).containsExactly("NORWAY  [NOR]");
    }

    @Test
    void xmlCommentsMaySpanLines() throws IOException {
        List<DictionaryLine> lines = read("""
                NORWAY [NOR] <!-- starts here
                SWEDEN [SWE]
                ends here --> DENMARK [DNK]
                FINLAND [FIN]
                """);

        assertThat(texts(lines)).containsExactly("NORWAY [NOR]", "DENMARK [DNK]", "FINLAND [FIN]");
        assertThat(lines).extracting(DictionaryLine::number).containsExactly(1, 3, 4);
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        List<DictionaryLine> lines = read("\n   \nNORWAY [NOR]\n\t\n\n# c\nSWEDEN [SWE]\n");

        assertThat(lines).extracting(DictionaryLine::number).containsExactly(3, 7);
        assertThat(lines).allSatisfy(l -> assertThat(l.file()).isEqualTo("test.txt"));
    }

    @Test
    void aProblemNamesFileAndLine() throws IOException {
        DictionaryLine line = read("\n\nNORWAY [NOR\n").get(0);

        DictionaryProblem problem = line.problem("missing ']'");

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.toString()).startsWith("test.txt:3: missing ']'").contains("NORWAY [NOR");
    }

    @Test
    void invalidUtf8BytesDoNotStopReading() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("NORWAY [NOR]\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'T', 'R', (byte) 0xC3, (byte) 0x28, 'M', 'S', ' ', '[', 'X', ']', '\n'});
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'});
        bytes.write("SWEDEN [SWE]\n".getBytes(StandardCharsets.UTF_8));

        List<DictionaryLine> lines = PetrarchLines.read("latin.txt", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(lines).extracting(DictionaryLine::number).containsExactly(1, 2, 3, 4);
        assertThat(lines.get(1).text()).startsWith("TR\uFFFD").endsWith("MS [X]");
        assertThat(lines.get(3).text()).isEqualTo("SWEDEN [SWE]");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstWord() throws IOException {
        assertThat(read("\uFEFFNORWAY [NOR]\n").get(0).text()).isEqualTo("NORWAY [NOR]");
    }
}
