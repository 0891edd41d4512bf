package org.dyad.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.gazetteer.Gazetteer;
import org.dyad.core.input.ArticleReader;
import org.dyad.core.input.InputFormat;
import org.dyad.core.input.ReadOptions;
import org.dyad.core.model.EventFactory;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.core.pipeline.ArticleCoder;
import org.dyad.nlp.NlpOptions;

/**
 * What {@code dyad code} writes for an input with no NLP flags: its reader, an
 * {@link ArticleCoder} built as its CodeCommand builds one, and its JSON-lines writer. Only the
 * CoreNLP models are shared with the job under test, as loading them twice would double the
 * tests' time and heap.
 */
final class DyadCode {

    private final ArticleCoder coder;

    /** With the bundled dictionaries. */
    DyadCode() {
        this(Dictionaries.defaults());
    }

    /** With these dictionaries, as {@code --dictionary} gives them. */
    DyadCode(Dictionaries dictionaries) {
        coder = new ArticleCoder(LoadedPipelines.parser(NlpOptions.defaults()), new EventCoder(dictionaries),
                new EventFactory(CameoTable.standard()), CoderOptions.defaults(), Gazetteer.builtIn());
    }

    /** The lines written for the input, in the order written. */
    List<String> lines(Path input, InputFormat format, ReadOptions options) {
        StringWriter out = new StringWriter();
        JsonLinesWriter writer = new JsonLinesWriter(out);
        ArticleReader.read(input, format, options, article -> coder.code(article).events().forEach(e -> {
            try {
                writer.write(e);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }), problem -> { });
        return out.toString().lines().toList();
    }
}
