package org.dyad.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyad.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedInputTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Dyad Wire: World</title>
                <link>https://wire.example/world</link>
                <description>World news</description>
                <item>
                  <title>Arland and Borovia sign water accord</title>
                  <link>https://wire.example/world/water-accord</link>
                  <guid isPermaLink="false">dyw-2019-0411-01</guid>
                  <pubDate>Thu, 11 Apr 2019 21:30:00 GMT</pubDate>
                  <description>&lt;p&gt;Arland and Borovia signed an accord on the Kell river.&lt;/p&gt;\
            &lt;p&gt;The deal ends a &lt;b&gt;decade-long&lt;/b&gt; dispute.&lt;/p&gt;\
            &lt;script&gt;alert("SCRIPT")&lt;/script&gt;</description>
                </item>
                <item>
                  <title>Borovia's cabinet resigns</title>
                  <link>https://wire.example/world/cabinet</link>
                  <pubDate>Fri, 12 Apr 2019 06:00:00 +0200</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>Borovia's cabinet resigned on Friday.</p><p>The president accepted.</p>]]></content:encoded>
                </item>
                <item>
                  <description>A brief without link, title or date.</description>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Dyad Wire</title>
              <id>urn:dyad-wire:feed</id>
              <updated>2019-04-13T10:00:00Z</updated>
              <entry>
                <title>Arland recalls ambassador</title>
                <id>urn:dyad-wire:2019-0413-07</id>
                <link href="https://wire.example/arland-recall"/>
                <published>2019-04-13T09:00:00Z</published>
                <updated>2019-04-14T09:00:00Z</updated>
                <summary type="text">Arland recalled its ambassador &lt;for consultations&gt;.</summary>
              </entry>
              <entry>
                <title>Talks collapse</title>
                <id>urn:dyad-wire:2019-0414-02</id>
                <updated>2019-04-14T11:00:00Z</updated>
                <content type="html">&lt;p&gt;Talks between the two sides collapsed.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void eachRssItemIsAnArticle() throws IOException {
        Path file = Files.writeString(dir.resolve("world.rss"), RSS);

        Reading reading = Reading.of(file);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.articles()).containsExactly(
                new Article("dyw-2019-0411-01", "https://wire.example/world/water-accord", "Dyad Wire: World",
                        LocalDate.of(2019, 4, 11), "Arland and Borovia sign water accord",
                        "Arland and Borovia signed an accord on the Kell river.\n\nThe deal ends a decade-long dispute."),
                new Article("https://wire.example/world/cabinet", "https://wire.example/world/cabinet",
                        "Dyad Wire: World", LocalDate.of(2019, 4, 12), "Borovia's cabinet resigns",
                        "Borovia's cabinet resigned on Friday.\n\nThe president accepted."),
                new Article("world#3", null, "Dyad Wire: World", null, null, "A brief without link, title or date."));
    }

    @Test
    void eachAtomEntryIsAnArticle() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.atom"), ATOM);

        Reading reading = Reading.of(file);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.articles()).containsExactly(
                new Article("urn:dyad-wire:2019-0413-07", "https://wire.example/arland-recall", "Dyad Wire",
                        LocalDate.of(2019, 4, 13), "Arland recalls ambassador",
                        "Arland recalled its ambassador <for consultations>."),
                new Article("urn:dyad-wire:2019-0414-02", null, "Dyad Wire", LocalDate.of(2019, 4, 14),
                        "Talks collapse", "Talks between the two sides collapsed."));
    }

    @Test
    void anXmlFileWithAFeedRootIsAFeed() throws IOException {
        Path file = Files.writeString(dir.resolve("wire.xml"), ATOM);

        assertThat(Reading.of(file).articles()).hasSize(2);
    }

    @Test
    void theDefaultDateIsForEntriesWithoutOne() throws IOException {
        Path file = Files.writeString(dir.resolve("world.rss"), RSS);

        Reading reading = Reading.of(file, null, ReadOptions.defaults().withDefaultDate(LocalDate.of(2019, 1, 1)));

        assertThat(reading.articles()).extracting(Article::date)
                .containsExactly(LocalDate.of(2019, 4, 11), LocalDate.of(2019, 4, 12), LocalDate.of(2019, 1, 1));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        Path file = Files.writeString(dir.resolve("evil.rss"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY leak SYSTEM "%s">
                ]>
                <rss version="2.0"><channel><title>Wire</title>
                  <item><title>Item</title><description>Leaked: &leak;</description></item>
                </channel></rss>
                """.formatted(secret.toUri()));

        Reading reading = Reading.of(file);

        assertThat(reading.articles()).noneSatisfy(a -> assertThat(a.text()).contains("TOP-SECRET-MARKER"));
        assertThat(reading.articles()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.message()).contains("DOCTYPE");
        });
    }

    @Test
    void entriesWithoutTextOrOverTheLimitAreReportedAndTheRestRead() throws IOException {
        Path file = Files.writeString(dir.resolve("mixed.rss"), """
                <rss version="2.0"><channel><title>Wire</title>
                  <item><link>https://wire.example/1</link><description>   </description></item>
                  <item><link>https://wire.example/2</link><description>%s</description></item>
                  <item><link>https://wire.example/3</link><description>Arland protested.</description></item>
                </channel></rss>
                """.formatted("x".repeat(120)));

        Reading reading = Reading.of(file, null, ReadOptions.defaults().withMaxArticleChars(100));

        assertThat(reading.articles()).extracting(Article::id).containsExactly("https://wire.example/3");
        assertThat(reading.problems()).extracting(InputProblem::message).containsExactly(
                "entry 1 (https://wire.example/1): no article text found",
                "entry 2 (https://wire.example/2): article of 120 characters exceeds the limit of 100");
    }

    @Test
    void malformedFeedsAreReportedWithTheLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.rss"),
                "<rss version=\"2.0\"><channel>\n<item><title>Arland</title>\n</channel></rss>\n");
        Path notAFeed = Files.writeString(dir.resolve("catalog.rss"), "<catalog><book/></catalog>");
        Path noEntries = Files.writeString(dir.resolve("quiet.rss"),
                "<rss version=\"2.0\"><channel><title>Wire</title></channel></rss>");

        assertThat(Reading.of(broken).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("not a readable RSS or Atom feed").doesNotContain("line 3");
        });
        assertThat(Reading.of(notAFeed).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not an RSS or Atom feed"));
        assertThat(Reading.of(noEntries).problems()).extracting(InputProblem::message)
                .containsExactly("the feed has no entries");
    }
}
