package org.dyad.core.input;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dyad.core.model.Article;

/**
 * An RSS or Atom feed: each entry is an article. A feed that declares a DOCTYPE is refused, so
 * that no entity in it can read a local file or reach the network.
 */
final class FeedReader {

    private static final Pattern LINE_PREFIX = Pattern.compile("^Error on line -?\\d+( of document [^:]*)?:\\s*");

    private FeedReader() {
    }

    static void read(Source source, InputStream in, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) throws IOException {
        String xml = StrictUtf8.markup(source, in, options.maxMarkupChars(), "feed", problems);
        SyndFeed feed = xml == null ? null : parse(source, xml, problems);
        if (feed != null) {
            entries(source, feed, options, articles, problems);
        }
    }

    private static SyndFeed parse(Source source, String xml, Consumer<InputProblem> problems) {
        SyndFeedInput input = new SyndFeedInput();
        // Rome's default, set here so that no later change of default can let entities in
        input.setAllowDoctypes(false);
        try {
            return input.build(new StringReader(xml));
        } catch (ParsingFeedException e) {
            problems.accept(source.problem(Math.max(e.getLineNumber(), 0), parseMessage(e)));
        } catch (IllegalArgumentException e) {
            // Rome's word for well-formed XML that is no feed type it knows
            problems.accept(source.problem("not an RSS or Atom feed: the root element is none of rss, feed, rdf:RDF"));
        } catch (FeedException | RuntimeException e) {
            // Rome's converters can trip over odd markup in ways it does not declare
            problems.accept(source.problem("not a readable RSS or Atom feed: " + e));
        }
        return null;
    }

    private static String parseMessage(ParsingFeedException e) {
        Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
            return "the feed declares a DOCTYPE, which is refused: its entities could read local files or the network";
        }
        // the line is the problem's own; the parser's "Error on line N:" would say it twice
        return "not a readable RSS or Atom feed: " + LINE_PREFIX.matcher(message).replaceFirst("");
    }

    private static void entries(Source source, SyndFeed feed, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) {
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            problems.accept(source.problem("the feed has no entries"));
            return;
        }
        String outlet = blankToNull(feed.getTitle());
        LocalDate feedDate = date(feed.getPublishedDate());
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            int number = i + 1;
            String link = blankToNull(entry.getLink());
            String id = firstNonBlank(entry.getUri(), link, source.stem() + "#" + number);
            String text = text(entry);
            if (!Messages.looksLikeText(text)) {
                problems.accept(source.problem("entry " + number + " (" + id + "): " + Messages.NO_ARTICLE_TEXT));
                continue;
            }
            if (text.length() > options.maxArticleChars()) {
                problems.accept(source.problem("entry " + number + " (" + id + "): "
                        + Messages.tooLong(text.length(), options.maxArticleChars())));
                continue;
            }
            LocalDate date = firstNonNull(date(entry.getPublishedDate()), date(entry.getUpdatedDate()), feedDate,
                    options.defaultDate());
            articles.accept(new Article(id, link, outlet, date, blankToNull(entry.getTitle()), text));
        }
    }

    /** The fullest text the entry has: its content when present, else its description. */
    private static String text(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            String text = plain(content);
            if (!text.isBlank()) {
                return text;
            }
        }
        return entry.getDescription() == null ? "" : plain(entry.getDescription());
    }

    private static String plain(SyndContent content) {
        String value = content.getValue();
        if (value == null) {
            return "";
        }
        String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
        // Atom's type="text" is plain text in which a '<' is just a character
        if (type.equals("text") || type.equals("text/plain")) {
            return value.strip();
        }
        return HtmlText.ofFragment(value);
    }

    /**
     * Rome keeps only the instant of a feed's date, not the offset it was written in, so the day
     * is taken in UTC.
     */
    private static LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
