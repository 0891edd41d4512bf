package org.dyad.core.input;

import java.io.ByteArrayInputStream;
import org.dyad.core.model.Article;

/**
 * The property every article reader is fuzzed for: any bytes at all are read into articles or
 * reported as problems, and nothing else comes out of the reader.
 */
final class AnyBytes {

    /** Small, so that the fuzzer reaches the over-the-limit paths with short inputs. */
    static final ReadOptions OPTIONS = ReadOptions.defaults().withMaxArticleChars(2_000);

    private AnyBytes() {
    }

    /** Reads the bytes as standard input in the given format; throws only when the property fails. */
    static void read(byte[] input, InputFormat format) {
        ArticleReader.readStdin(new ByteArrayInputStream(input), format, OPTIONS,
                AnyBytes::check, AnyBytes::check);
    }

    private static void check(Article article) {
        if (article.id() == null || article.id().isBlank()) {
            throw new AssertionError("article without an id: " + article);
        }
        if (article.text().isBlank() || article.text().length() > OPTIONS.maxArticleChars()) {
            throw new AssertionError("article text blank or over the limit: " + article.text().length() + " chars");
        }
    }

    private static void check(InputProblem problem) {
        if (!problem.file().equals(ArticleReader.STDIN) || problem.message() == null || problem.message().isBlank()) {
            throw new AssertionError("problem without a file or a message: " + problem);
        }
    }
}
