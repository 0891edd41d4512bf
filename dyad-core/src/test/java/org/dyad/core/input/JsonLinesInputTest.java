package org.dyad.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesInputTest {

    @TempDir
    Path dir;

    private Reading read(String content) throws IOException {
        return Reading.of(Files.writeString(dir.resolve("batch.jsonl"), content));
    }

    private Path file() {
        return dir.resolve("batch.jsonl");
    }

    @Test
    void readsEveryField() throws IOException {
        Article article = read("""
                {"id": "dyw-0042", "text": "Arland's president visited Vestburg on Monday.", "date": "2019-04-01", \
                "title": "Arland's president visits Vestburg", "url": "https://wire.example/0042", "outlet": "Dyad Wire"}
                """).only();

        assertThat(article).isEqualTo(new Article("dyw-0042", "https://wire.example/0042", "Dyad Wire",
                LocalDate.of(2019, 4, 1), "Arland's president visits Vestburg",
                "Arland's president visited Vestburg on Monday."));
    }

    @Test
    void onlyIdAndTextAreNeeded() throws IOException {
        Article article = read("{\"id\": 17, \"text\": \"Borovia closed its airspace.\"}").only();

        assertThat(article).isEqualTo(new Article("17", null, null, null, null, "Borovia closed its airspace."));
    }

    @Test
    void theDefaultDateIsForLinesWithoutOne() throws IOException {
        Files.writeString(file(), """
                {"id": "a", "text": "Arland protested.", "date": "2019-04-01"}
                {"id": "b", "text": "Borovia objected.", "date": null}
                {"id": "c", "text": "Talks resumed."}
                """);

        Reading reading = Reading.of(file(), null, ReadOptions.defaults().withDefaultDate(LocalDate.of(2020, 1, 1)));

        assertThat(reading.articles()).extracting(Article::date).containsExactly(
                LocalDate.of(2019, 4, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1));
    }

    @Test
    void datesMayBeIsoDatesDateTimesOrCompact() throws IOException {
        Reading reading = read("""
                {"id": "a", "text": "x", "date": "2019-04-01"}
                {"id": "b", "text": "x", "date": "2019-04-01T23:30:00-05:00"}
                {"id": "c", "text": "x", "date": "2019-04-01T08:15:00Z"}
                {"id": "d", "text": "x", "date": "2019-04-01T08:15:00"}
                {"id": "e", "text": "x", "date": "20190401"}
                {"id": "f", "text": "x", "date": 20190401}
                """);

        assertThat(reading.problems()).isEmpty();
        // a date-time counts on the day it was written in, not the day in UTC
        assertThat(reading.articles()).extracting(Article::date).containsOnly(LocalDate.of(2019, 4, 1)).hasSize(6);
    }

    @Test
    void blankLinesAreSkippedAndLinesAreCountedAcrossThem() throws IOException {
        Reading reading = read("\n{\"id\": \"a\", \"text\": \"x\"}\r\n   \r\n{\"id\": \"b\"}\r\n");

        assertThat(reading.articles()).extracting(Article::id).containsExactly("a");
        assertThat(reading.problems()).extracting(InputProblem::line).containsExactly(4);
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheRestIsRead() throws IOException {
        byte[] latin1Line = "{\"id\": \"latin1\", \"text\": \"Se\u00f1or Vidal resigned.\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("{\"id\": \"good-1\", \"text\": \"Arland and Borovia signed a trade accord.\"}\n"));
        bytes.writeBytes(utf8("{\"id\": \"broken\", \"text\": \"The minister said\n"));
        bytes.writeBytes(latin1Line);
        bytes.writeBytes(utf8("{\"id\": \"huge\", \"text\": \"" + "Talks went on. ".repeat(80_000) + "\"}\n"));
        bytes.writeBytes(utf8("{\"id\": \"good-2\", \"text\": \"Borovia welcomed the accord.\", \"date\": \"20190405\"}\n"));
        Path file = Files.write(file(), bytes.toByteArray());

        Reading reading = Reading.of(file, null, ReadOptions.defaults().withMaxArticleChars(1_000_000));

        assertThat(reading.articles()).extracting(Article::id).containsExactly("good-1", "good-2");
        assertThat(reading.problems()).extracting(InputProblem::line).containsExactly(2, 3, 4);
        assertThat(reading.problems()).extracting(InputProblem::file).containsOnly(file.toString());
        assertThat(reading.problems().get(0).message()).startsWith("malformed JSON");
        assertThat(reading.problems().get(1).message()).isEqualTo("invalid UTF-8 at byte 29; the line is skipped");
        assertThat(reading.problems().get(2).message())
                .isEqualTo("article of 1200000 characters exceeds the limit of 1000000");
    }

    @Test
    void linesWithoutIdOrTextAreReported() throws IOException {
        Reading reading = read("""
                {"text": "Arland protested."}
                {"id": "  ", "text": "Arland protested."}
                {"id": "b"}
                {"id": "c", "text": ""}
                {"id": "d", "text": ["Arland", "protested"]}
                ["d", "Arland protested."]
                {"id": "e", "text": "Arland protested."} {"id": "f", "text": "Borovia objected."}
                {"id": "g", "text": "x", "text": "y"}
                """);

        assertThat(reading.articles()).isEmpty();
        assertThat(reading.problems()).extracting(InputProblem::line).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(reading.problems()).extracting(InputProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("no \"id\""),
                m -> assertThat(m).contains("no \"id\""),
                m -> assertThat(m).contains("no \"text\"").contains("b"),
                m -> assertThat(m).contains("no \"text\"").contains("c"),
                m -> assertThat(m).contains("\"text\" must be a string"),
                m -> assertThat(m).contains("not a JSON object"),
                m -> assertThat(m).startsWith("more than one JSON value"),
                m -> assertThat(m).startsWith("malformed JSON").contains("Duplicate field 'text'"));
    }

    @Test
    void aLineWithAnUnreadableDateIsReportedAndSkipped() throws IOException {
        Reading reading = read("""
                {"id": "a", "text": "Arland protested.", "date": "2019-02-30"}
                {"id": "b", "text": "Borovia objected.", "date": "last Tuesday"}
                {"id": "c", "text": "Talks resumed.", "date": "2019-04-03"}
                """);

        assertThat(reading.articles()).extracting(Article::id).containsExactly("c");
        assertThat(reading.problems()).extracting(InputProblem::line).containsExactly(1, 2);
        assertThat(reading.problems().get(1).message())
                .contains("unreadable date \"last Tuesday\"").contains("YYYY-MM-DD");
    }

    @Test
    void anAbsurdlyLongLineIsSkippedWithoutHoldingIt() throws IOException {
        ReadOptions options = ReadOptions.defaults().withMaxArticleChars(10);
        int limit = options.maxLineBytes();
        String huge = "{\"id\": \"x\", \"text\": \"" + "y".repeat(limit) + "\"}";
        Path file = Files.writeString(file(), huge + "\n{\"id\": \"ok\", \"text\": \"short\"}\n");

        Reading reading = Reading.of(file, null, options);

        assertThat(reading.articles()).extracting(Article::id).containsExactly("ok");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains(huge.length() + " bytes is too long");
        });
    }

    @Test
    void theLastLineNeedsNoNewline() throws IOException {
        assertThat(read("{\"id\": \"a\", \"text\": \"x\"}").only().id()).isEqualTo("a");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
