package org.dyad.core.input;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.dyad.core.model.Article;

/**
 * JSON lines: one article object per line with {@code id} and {@code text}, and optionally
 * {@code date}, {@code title}, {@code url} and {@code outlet}. Every bad line is reported with
 * its number and skipped, and reading goes on with the next.
 *
 * <p>A line whose {@code date} cannot be read is skipped like any other bad line rather than
 * coded without a date: events with a wrong or missing date spoil time series more quietly than
 * a reported, skipped article does, and the report says how to write the date.
 */
final class JsonLinesReader {

    // Lines are bounded by Utf8Lines before Jackson sees them, so Jackson's own string limit
    // would only reject articles that the configured limit allows.
    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonLinesReader() {
    }

    /** A line that is JSON but not an article; the message says what is wrong. */
    private static final class BadLine extends Exception {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }

    static void read(Source source, InputStream in, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) throws IOException {
        Utf8Lines lines = new Utf8Lines(in, options.maxLineBytes());
        boolean anyContent = false;
        for (Utf8Lines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line instanceof Utf8Lines.TooLong tooLong) {
                anyContent = true;
                problems.accept(source.problem(line.number(), "line of " + tooLong.bytes()
                        + " bytes is too long for an article of at most " + options.maxArticleChars() + " characters"));
            } else if (line instanceof Utf8Lines.Invalid invalid) {
                anyContent = true;
                problems.accept(source.problem(line.number(), "invalid UTF-8 at byte " + (invalid.offset() + 1)
                        + "; the line is skipped"));
            } else if (line instanceof Utf8Lines.Text text && !text.text().isBlank()) {
                anyContent = true;
                try {
                    Article article = article(text.text(), options);
                    if (article.text().length() > options.maxArticleChars()) {
                        problems.accept(source.problem(line.number(),
                                Messages.tooLong(article.text().length(), options.maxArticleChars())));
                    } else {
                        articles.accept(article);
                    }
                } catch (BadLine e) {
                    problems.accept(source.problem(line.number(), e.getMessage()));
                }
            }
        }
        if (!anyContent) {
            problems.accept(source.problem(Messages.EMPTY));
        }
    }

    private static Article article(String line, ReadOptions options) throws BadLine {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String column = at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "";
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Trailing token")) {
                throw new BadLine("more than one JSON value" + column + ": each line must hold one article");
            }
            throw new BadLine("malformed JSON" + column + ": " + message);
        }
        if (!node.isObject()) {
            throw new BadLine("not a JSON object: each line must be one article, {\"id\": ..., \"text\": ...}");
        }
        String id = field(node, "id");
        if (id == null || id.isBlank()) {
            throw new BadLine("no \"id\": each article needs one");
        }
        String text = field(node, "text");
        if (text == null || text.isBlank()) {
            throw new BadLine("no \"text\" in article " + id);
        }
        return new Article(id, field(node, "url"), field(node, "outlet"), date(node, id, options),
                field(node, "title"), text);
    }

    private static LocalDate date(JsonNode article, String id, ReadOptions options) throws BadLine {
        String value = field(article, "date");
        if (value == null || value.isBlank()) {
            return options.defaultDate();
        }
        LocalDate date = PublicationDates.strict(value);
        if (date == null) {
            throw new BadLine("unreadable date \"" + value + "\" in article " + id
                    + ": write YYYY-MM-DD, an ISO 8601 date-time or YYYYMMDD");
        }
        return date;
    }

    /** A field's value as text; numbers and booleans are taken as written. */
    private static String field(JsonNode article, String name) throws BadLine {
        JsonNode value = article.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new BadLine("\"" + name + "\" must be a string, not " + (value.isArray() ? "an array" : "an object"));
        }
        return value.asText();
    }
}
