package org.dyad.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlInputTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Borovia recalls envoy | Dyad Wire</title>
              <meta property="og:title" content="Borovia recalls its envoy to Arland">
              <meta property="og:url" content="https://wire.example/world/borovia-envoy">
              <meta property="og:site_name" content="Dyad Wire">
              <meta property="article:published_time" content="2019-04-05T22:10:00-04:00">
              <link rel="canonical" href="https://wire.example/canonical">
              <style>p { color: red; }</style>
              <script>var tracker = "SCRIPT-IN-HEAD";</script>
            </head>
            <body>
              <header><a href="/">Dyad Wire home</a></header>
              <nav><ul><li>World</li><li>Business</li></ul></nav>
              <div class="main-menu">Sections: Politics Sport</div>
              <article>
                <h1>Borovia recalls its envoy</h1>
                <div class="share-buttons">Share on social media</div>
                <p>VESTBURG, April 5 (Dyad Wire) - Borovia recalled its ambassador to Arland
                   on Friday   after a dispute over the Kell river dam.</p>
                <script>document.write("SCRIPT-IN-BODY");</script>
                <p>"We will not accept this," the foreign ministry said in a statement.</p>
                <div id="advertisement-slot-2">Buy one, get one free</div>
                <noscript>Enable JavaScript</noscript>
                <p style="color: grey; DISPLAY: none">Hidden teaser</p>
                <div hidden><p>Hidden survey</p></div>
                <p>Arland's government said it <b>regretted</b> the decision.<br>It called for talks.</p>
              </article>
              <aside>Most read: other stories</aside>
              <section class="comments"><p>First!</p></section>
              <footer>Copyright Dyad Wire</footer>
              <form><input name="q"> Search</form>
            </body>
            </html>
            """;

    @TempDir
    Path dir;

    private Article read(String html) throws IOException {
        return Reading.of(Files.writeString(dir.resolve("borovia-envoy.html"), html)).only();
    }

    @Test
    void readsTheArticleAndItsMetadata() throws IOException {
        Article article = read(PAGE);

        assertThat(article.id()).isEqualTo("borovia-envoy");
        assertThat(article.title()).isEqualTo("Borovia recalls its envoy to Arland");
        assertThat(article.url()).isEqualTo("https://wire.example/world/borovia-envoy");
        assertThat(article.outlet()).isEqualTo("Dyad Wire");
        assertThat(article.date()).isEqualTo(LocalDate.of(2019, 4, 5));
        assertThat(article.text()).isEqualTo("""
                Borovia recalls its envoy

                VESTBURG, April 5 (Dyad Wire) - Borovia recalled its ambassador to Arland on Friday after a dispute \
                over the Kell river dam.

                "We will not accept this," the foreign ministry said in a statement.

                Arland's government said it regretted the decision.
                It called for talks.""");
    }

    @Test
    void furnitureAndScriptsNeverReachTheText() throws IOException {
        String text = read(PAGE).text();

        assertThat(text).doesNotContain("SCRIPT-IN", "tracker", "color", "Dyad Wire home", "Business", "Sections",
                "Share on", "Buy one", "Enable JavaScript", "Hidden", "Most read", "First!", "Copyright", "Search");
    }

    @Test
    void marksOfTheArticleBodyArePreferredToTheRestOfThePage() throws IOException {
        Article article = read("""
                <html><head><title>Arland votes</title></head><body>
                <div class="teaser"><p>Yesterday's story about the weather in Vestburg.</p></div>
                <div itemprop="articleBody"><p>Arland's parliament voted to join the customs union.</p></div>
                </body></html>
                """);

        assertThat(article.text()).isEqualTo("Arland's parliament voted to join the customs union.");
        assertThat(article.title()).isEqualTo("Arland votes");
    }

    @Test
    void theLongestArticleIsTheStoryAndMainIsNext() throws IOException {
        assertThat(read("""
                <body><article><p>Related: a short teaser.</p></article>
                <article><p>Borovia and Arland held a second round of talks in Vestburg on Monday.</p></article></body>
                """).text()).isEqualTo("Borovia and Arland held a second round of talks in Vestburg on Monday.");
        assertThat(read("""
                <body><div>Site banner</div><main><p>Arland expelled two diplomats.</p></main></body>
                """).text()).isEqualTo("Arland expelled two diplomats.");
    }

    @Test
    void aPageWrappedInAFormOrAnOddlyNamedBoxKeepsItsText() throws IOException {
        Article article = read("""
                <body><form id="aspnetForm"><div class="layout-with-sidebar">
                <p>Borovia's president dissolved parliament on Thursday.</p>
                <p>New elections are due in June.</p>
                </div><div class="sidebar"><p>Weather</p></div></form></body>
                """);

        assertThat(article.text()).isEqualTo("Borovia's president dissolved parliament on Thursday.\n\n"
                + "New elections are due in June.");
    }

    @Test
    void theTitleFallsBackToTheTitleElementThenTheHeadline() throws IOException {
        assertThat(read("<title> Arland protests </title><p>Text.</p>").title()).isEqualTo("Arland protests");
        assertThat(read("<body><h1>Borovia objects</h1><p>Text.</p></body>").title()).isEqualTo("Borovia objects");
        assertThat(read("<body><p>Text.</p></body>").title()).isNull();
    }

    @Test
    void datesAreFoundWhereverPagesPutThem() throws IOException {
        assertThat(read("<meta name=\"date\" content=\"2019-04-06\"><p>x</p>").date()).isEqualTo(LocalDate.of(2019, 4, 6));
        assertThat(read("<meta name=\"pubdate\" content=\"20190407\"><p>x</p>").date()).isEqualTo(LocalDate.of(2019, 4, 7));
        assertThat(read("<meta itemprop=\"datePublished\" content=\"2019-04-08T10:00:00.000+0000\"><p>x</p>").date())
                .isEqualTo(LocalDate.of(2019, 4, 8));
        assertThat(read("<p>x</p><span itemprop=\"datePublished\">April 9, 2019</span>").date())
                .isEqualTo(LocalDate.of(2019, 4, 9));
        assertThat(read("<article><header><time datetime=\"2019-04-10T09:00\">Wednesday</time></header><p>x</p></article>")
                .date()).isEqualTo(LocalDate.of(2019, 4, 10));
        assertThat(read("<meta property=\"og:published_time\" content=\"Thu, 11 Apr 2019 08:00:00 GMT\"><p>x</p>").date())
                .isEqualTo(LocalDate.of(2019, 4, 11));
        assertThat(read("<meta name=\"date\" content=\"soon\"><p>x</p>").date()).isNull();
    }

    @Test
    void theDefaultDateIsForPagesWithoutOne() throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), "<p>Arland protested.</p>");

        Article article = Reading.of(file, null, ReadOptions.defaults().withDefaultDate(LocalDate.of(2019, 5, 1))).only();

        assertThat(article.date()).isEqualTo(LocalDate.of(2019, 5, 1));
    }

    @Test
    void theCanonicalLinkIsTheUrlWithoutOgUrl() throws IOException {
        assertThat(read("<link rel=\"canonical\" href=\"https://wire.example/c\"><p>x</p>").url())
                .isEqualTo("https://wire.example/c");
    }

    @Test
    void aPageWithoutArticleTextIsReported() throws IOException {
        for (String html : new String[] {
            "<html><head><title>Loading</title><script>render()</script></head><body><nav>Home</nav></body></html>",
            "<html><body><div><span>   </span></div>",
            "<div><!-- only a comment --><img src=\"x.png\"></div><table><tr><td></td></tr>",
        }) {
            Path file = Files.writeString(dir.resolve("broken.html"), html);
            Reading reading = Reading.of(file);
            assertThat(reading.articles()).as(html).isEmpty();
            assertThat(reading.problems()).as(html)
                    .containsExactly(new InputProblem(file.toString(), 0, "no article text found"));
        }
    }
}
