package org.dyad.core.input;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.core.model.Article;

/** What one call of the reader handed over, in order. */
record Reading(List<Article> articles, List<InputProblem> problems) {

    static Reading of(Path input, InputFormat format, ReadOptions options) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ArticleReader.read(input, format, options, articles::add, problems::add);
        return new Reading(List.copyOf(articles), List.copyOf(problems));
    }

    static Reading of(Path input) {
        return of(input, null, ReadOptions.defaults());
    }

    static Reading stdin(InputStream in, InputFormat format, ReadOptions options) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        ArticleReader.readStdin(in, format, options, articles::add, problems::add);
        return new Reading(List.copyOf(articles), List.copyOf(problems));
    }

    Article only() {
        if (articles.size() != 1 || !problems.isEmpty()) {
            throw new AssertionError("expected one article and no problems, got " + articles + " and " + problems);
        }
        return articles.get(0);
    }
}
