package org.dyad.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final String STORY = "Borovia recalls its ambassador\n\nThe government of Borovia recalled its "
            + "ambassador to Arland on Friday, a spokesman said.\n";

    @TempDir
    Path dir;

    // directories

    @Test
    void directoriesAreWalkedDepthFirstInNameOrderSkippingHiddenFiles() throws IOException {
        Path b = Files.createDirectories(dir.resolve("b"));
        Path a = Files.createDirectories(dir.resolve("a"));
        Path hidden = Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve("c.txt"), STORY);
        Files.writeString(b.resolve("2.txt"), STORY);
        Files.writeString(b.resolve("1.txt"), STORY);
        Files.writeString(a.resolve("z.txt"), STORY);
        Files.writeString(dir.resolve("a-z.txt"), STORY);
        Files.writeString(dir.resolve(".notes.txt"), STORY);
        Files.writeString(hidden.resolve("x.txt"), STORY);

        assertThat(ArticleReader.files(dir)).containsExactly(
                a.resolve("z.txt"), dir.resolve("a-z.txt"), b.resolve("1.txt"), b.resolve("2.txt"), dir.resolve("c.txt"));
        assertThat(Reading.of(dir).articles()).extracting(Article::id).containsExactly("z", "a-z", "1", "2", "c");
    }

    @Test
    void aFileIsItsOwnListAndAMissingPathIsLeftForReadingToReport() {
        Path missing = dir.resolve("missing.txt");

        assertThat(ArticleReader.files(missing)).containsExactly(missing);
        assertThat(Reading.of(missing).problems()).containsExactly(
                new InputProblem(missing.toString(), 0, "cannot read: no such file or directory"));
    }

    @Test
    void eachFileOfADirectoryIsReadInItsOwnFormat() throws IOException {
        Files.writeString(dir.resolve("1.txt"), STORY);
        Files.writeString(dir.resolve("2.jsonl"), "{\"id\": \"j1\", \"text\": \"Arland protested.\"}\n");
        Files.writeString(dir.resolve("3.html"), "<html><body><p>Borovia denied the claim.</p></body></html>");
        Files.writeString(dir.resolve("4.xml"), "<Sentences><Sentence id=\"s1\"/></Sentences>");

        Reading reading = Reading.of(dir);

        assertThat(reading.articles()).extracting(Article::id).containsExactly("1", "j1", "3");
        assertThat(reading.articles().get(2).text()).isEqualTo("Borovia denied the claim.");
        assertThat(reading.problems()).containsExactly(
                new InputProblem(dir.resolve("4.xml").toString(), 0, ArticleReader.PETRARCH_ELSEWHERE));
    }

    @Test
    void aForcedFormatAppliesToEveryFile() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "{\"id\": \"j1\", \"text\": \"Arland protested.\"}\n");
        Files.writeString(dir.resolve("b.dat"), "{\"id\": \"j2\", \"text\": \"Borovia objected.\"}\n");

        Reading reading = Reading.of(dir, InputFormat.JSONL, ReadOptions.defaults());

        assertThat(reading.articles()).extracting(Article::id).containsExactly("j1", "j2");
    }

    @Test
    void petrarchXmlIsNotReadHere() {
        assertThatThrownBy(() -> Reading.of(dir, InputFormat.PETRARCH_XML, ReadOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PetrarchXmlReader");
    }

    // bad input, whatever the format

    @Test
    void binaryFilesAreReportedAndSkippedInEveryFormat() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        for (String name : List.of("photo.txt", "photo.html", "photo.jsonl", "photo.rss")) {
            Path file = Files.write(dir.resolve(name), png);
            assertThat(Reading.of(file).problems()).as(name)
                    .containsExactly(new InputProblem(file.toString(), 0, "binary file"));
        }
    }

    @Test
    void manyControlCharactersMakeAFileBinaryEvenWithoutNulBytes() throws IOException {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
        }
        Path file = Files.write(dir.resolve("blob.txt"), bytes);

        assertThat(Reading.of(file).problems()).extracting(InputProblem::message).containsExactly("binary file");
    }

    @Test
    void utf16IsReportedWithWhatToDo() throws IOException {
        Path file = Files.write(dir.resolve("story.txt"), ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_16LE));

        assertThat(Reading.of(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("binary file").contains("convert it to UTF-8");
        });
    }

    @Test
    void emptyAndBlankFilesAreReportedInEveryFormat() throws IOException {
        for (String name : List.of("a.txt", "a.html", "a.jsonl", "a.rss")) {
            Path empty = Files.writeString(dir.resolve("empty-" + name), "");
            Path blank = Files.writeString(dir.resolve("blank-" + name), " \n\t\n  \r\n");
            assertThat(Reading.of(empty).problems()).as(name)
                    .containsExactly(new InputProblem(empty.toString(), 0, "empty file"));
            assertThat(Reading.of(blank).problems()).as(name)
                    .containsExactly(new InputProblem(blank.toString(), 0, "empty file"));
        }
    }

    @Test
    void invalidUtf8SkipsAWholeFileAndNamesTheLine() throws IOException {
        byte[] latin1 = "Borovia recalls its ambassador\n\nThe minister said: \"Adi\u00f3s\".\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        for (String name : List.of("latin1.txt", "latin1.html", "latin1.rss")) {
            Path file = Files.write(dir.resolve(name), latin1);
            Reading reading = Reading.of(file);
            assertThat(reading.articles()).as(name).isEmpty();
            assertThat(reading.problems()).as(name).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(file.toString());
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("invalid UTF-8");
            });
        }
    }

    @Test
    void aTruncatedCharacterAtTheEndIsInvalidToo() throws IOException {
        byte[] story = "Arland\nBorovia \u00e9".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("cut.txt"), Arrays.copyOf(story, story.length - 1));

        assertThat(Reading.of(file).problems()).extracting(InputProblem::line).containsExactly(2);
    }

    @Test
    void anArticleOverTheLimitIsReportedWithItsLength() throws IOException {
        Path text = Files.writeString(dir.resolve("long.txt"), "a".repeat(1500));
        Path html = Files.writeString(dir.resolve("long.html"), "<p>" + "b".repeat(1500) + "</p>");
        ReadOptions options = ReadOptions.defaults().withMaxArticleChars(1000);

        assertThat(Reading.of(text, null, options).problems()).containsExactly(
                new InputProblem(text.toString(), 0, "article of 1500 characters exceeds the limit of 1000"));
        assertThat(Reading.of(html, null, options).problems()).containsExactly(
                new InputProblem(html.toString(), 0, "article of 1500 characters exceeds the limit of 1000"));
    }

    @Test
    void oneBadFileDoesNotStopTheDirectory() throws IOException {
        Files.writeString(dir.resolve("1.txt"), STORY);
        Files.write(dir.resolve("2.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("3.txt"), "");
        Files.writeString(dir.resolve("4.txt"), STORY);

        Reading reading = Reading.of(dir);

        assertThat(reading.articles()).extracting(Article::id).containsExactly("1", "4");
        assertThat(reading.problems()).extracting(InputProblem::file)
                .containsExactly(dir.resolve("2.txt").toString(), dir.resolve("3.txt").toString());
    }

    // standard input

    @Test
    void standardInputStartingWithABraceIsJsonLines() {
        String lines = "\n  {\"id\": \"w1\", \"text\": \"Arland protested.\"}\n{\"id\": \"w2\", \"text\": \"Borovia objected.\"}\n";

        Reading reading = Reading.stdin(stream(lines), null, ReadOptions.defaults());

        assertThat(reading.articles()).extracting(Article::id).containsExactly("w1", "w2");
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void otherStandardInputIsOneTextArticle() {
        Article article = Reading.stdin(stream(STORY), null, ReadOptions.defaults()).only();

        assertThat(article.id()).isEqualTo("stdin");
        assertThat(article.text()).isEqualTo(STORY);
    }

    @Test
    void standardInputInAGivenFormat() {
        Article article = Reading.stdin(stream("<html><body><article><p>Arland protested.</p></article></body></html>"),
                InputFormat.HTML, ReadOptions.defaults()).only();

        assertThat(article.text()).isEqualTo("Arland protested.");
    }

    @Test
    void problemsWithStandardInputAreReportedAsDash() {
        Reading reading = Reading.stdin(stream("{\"id\": \"w1\", \"text\": \"ok\"}\n{broken\n"), null, ReadOptions.defaults());

        assertThat(reading.articles()).hasSize(1);
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("-");
            assertThat(p.line()).isEqualTo(2);
        });
        assertThat(Reading.stdin(stream(""), null, ReadOptions.defaults()).problems())
                .containsExactly(new InputProblem("-", 0, "empty file"));
    }

    @Test
    void standardInputIsNotClosed() {
        boolean[] closed = {false};
        ByteArrayInputStream in = new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        Reading.stdin(in, InputFormat.TEXT, ReadOptions.defaults());

        assertThat(closed[0]).isFalse();
    }

    // streams of files kept elsewhere

    @Test
    void aNamedStreamGivesTheIdsAndReportsThatTheFileOnDiskWould() {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();

        ArticleReader.read("hdfs://cluster/news/2024/03/borovia-recalls.txt", stream(STORY), InputFormat.TEXT,
                ReadOptions.defaults(), articles::add, problems::add);
        ArticleReader.read("s3a://bucket/day.jsonl", stream("{broken\n"), InputFormat.JSONL, ReadOptions.defaults(),
                articles::add, problems::add);

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("borovia-recalls");
            assertThat(a.title()).isEqualTo("Borovia recalls its ambassador");
        });
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("s3a://bucket/day.jsonl");
            assertThat(p.line()).isEqualTo(1);
        });
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
