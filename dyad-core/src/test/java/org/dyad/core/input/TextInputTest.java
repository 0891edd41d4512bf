package org.dyad.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTest {

    private static final String STORY = """
            Arland and Borovia agree to reopen border crossing

            VESTBURG, April 2 (Dyad Wire) - Arland's foreign minister met her Borovian
            counterpart on Tuesday and agreed to reopen the Kell river crossing.

            Talks on fishing rights will follow next month, officials said.
            """;

    @TempDir
    Path dir;

    @Test
    void aTextFileIsOneArticleNamedAfterTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("DYW_ENG_20190402.0007.txt"), STORY);

        Article article = Reading.of(file).only();

        assertThat(article.id()).isEqualTo("DYW_ENG_20190402.0007");
        assertThat(article.text()).isEqualTo(STORY);
        assertThat(article.title()).isEqualTo("Arland and Borovia agree to reopen border crossing");
        assertThat(article.date()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.outlet()).isNull();
    }

    @Test
    void theDefaultDateIsUsedBecauseTextCarriesNone() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), STORY);

        Article article = Reading.of(file, null, ReadOptions.defaults().withDefaultDate(LocalDate.of(2019, 4, 2))).only();

        assertThat(article.date()).isEqualTo(LocalDate.of(2019, 4, 2));
    }

    @Test
    void aLongFirstLineIsNoTitle() throws IOException {
        String paragraph = "The ministers spoke for an hour. ".repeat(10);
        Path file = Files.writeString(dir.resolve("story.txt"), "\n\n" + paragraph + "\nMore follows.\n");

        Article article = Reading.of(file).only();

        assertThat(article.title()).isNull();
        assertThat(article.text()).contains("More follows.");
    }

    @Test
    void theReadingIsTheSameEveryTime() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), STORY);

        assertThat(Reading.of(file).only()).isEqualTo(Reading.of(file).only());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "\uFEFF" + STORY);

        assertThat(Reading.of(file).only().text()).isEqualTo(STORY);
    }
}
