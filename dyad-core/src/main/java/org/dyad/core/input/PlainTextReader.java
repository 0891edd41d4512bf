package org.dyad.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.dyad.core.model.Article;

/** A plain text file is one article; its first line doubles as the title when it is short. */
final class PlainTextReader {

    private static final int MAX_TITLE_CHARS = 200;

    private PlainTextReader() {
    }

    static void read(Source source, InputStream in, ReadOptions options, Consumer<Article> articles,
            Consumer<InputProblem> problems) throws IOException {
        StrictUtf8.Result result = StrictUtf8.read(in, options.maxArticleChars(), true);
        if (result instanceof StrictUtf8.Invalid invalid) {
            problems.accept(source.problem(invalid.line(), Messages.INVALID_UTF8_FILE));
        } else if (result instanceof StrictUtf8.TooLong tooLong) {
            problems.accept(source.problem(Messages.tooLong(tooLong.chars(), options.maxArticleChars())));
        } else if (result instanceof StrictUtf8.Text text) {
            String content = text.value();
            if (content.isBlank()) {
                problems.accept(source.problem(Messages.EMPTY));
                return;
            }
            articles.accept(new Article(source.stem(), null, null, options.defaultDate(), title(content), content));
        }
    }

    private static String title(String content) {
        return content.lines()
                .filter(line -> !line.isBlank())
                .findFirst()
                .map(String::strip)
                .filter(line -> line.length() < MAX_TITLE_CHARS)
                .orElse(null);
    }
}
