package org.dyad.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.core.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page is one article. Pages are untrusted: jsoup only parses them (nothing is fetched,
 * nothing is run), and the text is taken from the part of the page that holds the article.
 */
final class HtmlReader {

    /** Where pages state their publication date, most specific first. */
    private static final List<String> DATE_PLACES = List.of(
            "meta[property=article:published_time]",
            "meta[property=og:published_time]",
            "[itemprop=datePublished]",
            "meta[name=date]",
            "meta[name=pubdate]",
            "meta[name=publish-date]",
            "meta[name=dc.date]",
            "meta[name=dc.date.issued]",
            "meta[name=dcterms.created]",
            "time[pubdate]",
            "time");

    private HtmlReader() {
    }

    static void read(Source source, InputStream in, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) throws IOException {
        String html = StrictUtf8.markup(source, in, options.maxMarkupChars(), "page", problems);
        if (html != null) {
            read(source, html, options, articles, problems);
        }
    }

    private static void read(Source source, String html, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) {
        Document page = Jsoup.parse(html);
        // the metadata is read before the furniture that may carry it (a <header> with the <time>) goes
        String title = title(page);
        String url = first(meta(page, "meta[property=og:url]"), attribute(page, "link[rel=canonical]", "href"));
        String outlet = meta(page, "meta[property=og:site_name]");
        LocalDate date = date(page);
        String text = HtmlText.of(articleRoot(page));
        if (!Messages.looksLikeText(text)) {
            problems.accept(source.problem(Messages.NO_ARTICLE_TEXT));
        } else if (text.length() > options.maxArticleChars()) {
            problems.accept(source.problem(Messages.tooLong(text.length(), options.maxArticleChars())));
        } else {
            articles.accept(new Article(source.stem(), url, outlet, date != null ? date : options.defaultDate(),
                    title, text));
        }
    }

    /** The element holding the article: marked-up body text, else the longest article, else main, else body. */
    private static Element articleRoot(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element longest = null;
        int longestChars = -1;
        // pages list related stories as further <article>s; the story itself is the longest
        for (Element article : page.select("article")) {
            int chars = article.text().length();
            if (chars > longestChars) {
                longest = article;
                longestChars = chars;
            }
        }
        if (longest != null && longestChars > 0) {
            return longest;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private static String title(Document page) {
        String h1 = null;
        Element heading = page.selectFirst("h1");
        if (heading != null) {
            h1 = heading.text();
        }
        return first(meta(page, "meta[property=og:title]"), meta(page, "meta[name=twitter:title]"), page.title(), h1);
    }

    private static LocalDate date(Document page) {
        for (String place : DATE_PLACES) {
            for (Element e : page.select(place)) {
                for (String value : List.of(e.attr("content"), e.attr("datetime"), e.text())) {
                    LocalDate date = PublicationDates.lenient(value);
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static String meta(Document page, String selector) {
        return attribute(page, selector, "content");
    }

    private static String attribute(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }
}
