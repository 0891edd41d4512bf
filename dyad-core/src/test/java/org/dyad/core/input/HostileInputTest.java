package org.dyad.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.dyad.core.EntityBait;
import org.dyad.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input written to hurt the reader: entities reaching for local files and the network, entities
 * that expand without end, and files, pages, feeds and lines of absurd size. Each is reported
 * naming its file, in bounded time and memory, and the files beside it are still read.
 */
class HostileInputTest {

    private static final Duration FAST = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** Where the bait lies: outside the batch, so that only an entity can reach it. */
    @TempDir
    Path elsewhere;

    private static final String GOOD_FEED = """
            <rss version="2.0"><channel><title>Wire</title>
              <item><link>https://wire.example/good</link><description>Arland protested.</description></item>
            </channel></rss>
            """;

    private static String evilFeed(String doctype, String entity) {
        return "<?xml version=\"1.0\"?>\n" + doctype + "<rss version=\"2.0\"><channel><title>Wire</title>\n"
                + "<item><link>https://wire.example/evil</link><description>Leaked: &" + entity
                + ";</description></item>\n</channel></rss>\n";
    }

    private static Reading within(Supplier<Reading> read) {
        return assertTimeoutPreemptively(FAST, read::get);
    }

    private Reading batch(String evilName, String evil) throws IOException {
        Files.writeString(dir.resolve(evilName), evil);
        Files.writeString(dir.resolve("good.rss"), GOOD_FEED);
        return within(() -> Reading.of(dir));
    }

    private void assertRefusedAndTheRestRead(Reading reading, String evilName) {
        assertThat(reading.articles()).extracting(Article::id).containsExactly("https://wire.example/good");
        assertThat(reading.articles()).noneSatisfy(a -> assertThat(a.text()).contains(EntityBait.SECRET));
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve(evilName).toString());
            assertThat(p.message()).contains("DOCTYPE", "refused");
        });
    }

    @Test
    void aFeedWhoseEntityNamesALocalFileIsRefusedAndTheBatchGoesOn() throws IOException {
        try (EntityBait bait = new EntityBait(elsewhere)) {
            Reading reading = batch("evil.rss", evilFeed(
                    "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + bait.fileUri() + "\">]>\n", "xxe"));

            assertRefusedAndTheRestRead(reading, "evil.rss");
        }
    }

    @Test
    void aFeedWhoseEntityOrDtdIsOnTheNetworkIsRefusedWithoutAFetch() throws IOException {
        try (EntityBait bait = new EntityBait(elsewhere)) {
            Reading reading = batch("evil.rss", evilFeed("<!DOCTYPE rss SYSTEM \"" + bait.url("rss.dtd") + "\" [\n"
                    + "<!ENTITY xxe SYSTEM \"" + bait.url("secret") + "\">\n"
                    + "<!ENTITY % remote SYSTEM \"" + bait.url("remote.dtd") + "\"> %remote;\n]>\n", "xxe"));

            assertThat(bait.requests()).isZero();
            assertRefusedAndTheRestRead(reading, "evil.rss");
        }
    }

    @Test
    void aFeedOfBillionLaughsFailsFast() throws IOException {
        Reading reading = batch("laughs.rss", evilFeed(EntityBait.billionLaughs("rss"), "lol9"));

        assertRefusedAndTheRestRead(reading, "laughs.rss");
    }

    @Test
    void anEndlessFeedOrPageIsCutOffAtTheMarkupLimit() {
        ReadOptions options = ReadOptions.defaults();
        for (InputFormat format : new InputFormat[] {InputFormat.FEED, InputFormat.HTML}) {
            Reading reading = within(() -> Reading.stdin(endless("<rss><channel><item><description>", "lol "),
                    format, options));

            assertThat(reading.articles()).isEmpty();
            assertThat(reading.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .contains("more than " + options.maxMarkupChars() + " characters is too large to read"));
        }
    }

    @Test
    void anOversizedTextFileIsReportedAndTheNextRead() throws IOException {
        ReadOptions options = ReadOptions.defaults().withMaxArticleChars(1_000);
        Files.writeString(dir.resolve("a-huge.txt"), "Arland protested. ".repeat(1_000));
        Files.writeString(dir.resolve("b-small.txt"), "Arland protested.");

        Reading reading = within(() -> Reading.of(dir, null, options));

        assertThat(reading.articles()).extracting(Article::id).containsExactly("b-small");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("a-huge.txt").toString());
            assertThat(p.message()).isEqualTo("article of 18000 characters exceeds the limit of 1000");
        });
    }

    @Test
    void aJsonLineOfFiftyMegabytesIsSkippedWithoutHoldingItAndTheNextRead() {
        ReadOptions options = ReadOptions.defaults().withMaxArticleChars(1_000);
        InputStream lines = new SequenceInputStream(
                limited(endless("{\"id\": \"x\", \"text\": \"", "lol "), 50L << 20),
                new ByteArrayInputStream("\"}\n{\"id\": \"ok\", \"text\": \"Arland protested.\"}\n"
                        .getBytes(StandardCharsets.UTF_8)));

        Reading reading = within(() -> Reading.stdin(lines, InputFormat.JSONL, options));

        assertThat(reading.articles()).extracting(Article::id).containsExactly("ok");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("is too long for an article of at most 1000 characters");
        });
    }

    private static InputStream limited(InputStream in, long bytes) {
        return new FilterInputStream(in) {
            private long left = bytes;

            @Override
            public int read() throws IOException {
                return left-- > 0 ? super.read() : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(b, off, (int) Math.min(len, left));
                left -= n;
                return n;
            }
        };
    }

    /** A stream that starts with {@code head} and repeats {@code body} for ever, as a hostile pipe might. */
    private static InputStream endless(String head, String body) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] again = body.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                long i = at++;
                return i < start.length ? start[(int) i] : again[(int) ((i - start.length) % again.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int k = 0; k < len; k++) {
                    b[off + k] = (byte) read();
                }
                return len;
            }
        };
    }
}
