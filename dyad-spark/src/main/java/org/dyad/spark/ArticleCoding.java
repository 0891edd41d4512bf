package org.dyad.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.core.input.ArticleReader;
import org.dyad.core.input.InputFormat;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;
import org.dyad.core.output.JsonLinesWriter;
import org.dyad.core.pipeline.CodedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One input to its events, on an executor: read as {@code dyad code} reads it, coded by this JVM's
 * pipeline, each event as a row of its publication day and its JSON record (the exact line
 * {@code dyad code} writes).
 */
record ArticleCoding(PipelineSettings pipeline, InputFormat format, ArticleLimits limits, JobCounters counters)
        implements FlatMapFunction<RawInput, Row> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleCoding.class);
    private static final ObjectMapper JSON = JsonLinesWriter.mapper();

    @Override
    public Iterator<Row> call(RawInput input) {
        List<Article> articles = new ArrayList<>(1);
        ArticleReader.read(input.file(), new ByteArrayInputStream(input.bytes()), format, limits.readOptions(),
                articles::add, problem -> {
                    counters.skippedInputs().add(1);
                    LOG.warn("dyad: {}", input.report(problem));
                });
        List<Row> rows = new ArrayList<>();
        for (Article article : articles) {
            CodedArticle coded = LoadedPipelines.coder(pipeline).code(article);
            counters.articles().add(1);
            counters.sentences().add(coded.sentences());
            counters.events().add(coded.events().size());
            String published = article.date() == null ? null : article.date().toString();
            for (Event e : coded.events()) {
                rows.add(RowFactory.create(published, json(e)));
            }
        }
        return rows.iterator();
    }

    private static String json(Event e) {
        try {
            return JSON.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
