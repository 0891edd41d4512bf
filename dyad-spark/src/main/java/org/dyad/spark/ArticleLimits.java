package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dyad.core.input.ReadOptions;

/**
 * How articles are read, as {@code dyad code}'s {@code --max-article-chars} and {@code --date}
 * set it; {@link ReadOptions} in a form Spark can ship to executors.
 *
 * @param defaultDate the publication date of articles whose input carries none, or null
 */
public record ArticleLimits(int maxArticleChars, LocalDate defaultDate) implements Serializable {

    public ArticleLimits {
        new ReadOptions(maxArticleChars, defaultDate); // fails on the driver for a limit that is no limit
    }

    public static ArticleLimits defaults() {
        return new ArticleLimits(ReadOptions.DEFAULT_MAX_ARTICLE_CHARS, null);
    }

    ReadOptions readOptions() {
        return new ReadOptions(maxArticleChars, defaultDate);
    }
}
