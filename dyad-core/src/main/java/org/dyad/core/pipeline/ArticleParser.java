package org.dyad.core.pipeline;

import java.util.List;
import org.dyad.core.model.Article;
import org.dyad.core.model.Sentence;

/**
 * Splits an article into parsed sentences. The NLP module implements it with CoreNLP; the coder
 * sees only the project's own values, so raw text and pre-parsed input take the same road.
 * Implementations must be safe to call from several threads at once.
 */
public interface ArticleParser {

    List<Sentence> parse(Article article);
}
