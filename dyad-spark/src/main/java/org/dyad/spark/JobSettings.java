package org.dyad.spark;

import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.dyad.core.input.InputFormat;

/**
 * One run of the job: what to read, how to code it, where to write.
 *
 * @param inputs          Hadoop filesystem paths: files, directories (read recursively), globs
 * @param articlesPerTask articles in a task; 0 lets the job choose (see {@link Inputs#inTasks})
 */
public record JobSettings(List<String> inputs, InputFormat format, String output, EventTable.Format outputFormat,
                          SaveMode mode, ArticleLimits limits, PipelineSettings pipeline, int articlesPerTask) {

    public JobSettings {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("name at least one input path");
        }
        if (format == null) {
            throw new IllegalArgumentException("name the input format (jsonl, text, html or rss): "
                    + "the job splits JSON lines across tasks and reads the others a file at a time");
        }
        if (format == InputFormat.PETRARCH_XML) {
            throw new IllegalArgumentException("PETRARCH XML holds parsed sentences, not articles: "
                    + "code it with dyad code --input-format petrarch-xml");
        }
        if (articlesPerTask < 0) {
            throw new IllegalArgumentException("articles per task must be positive, or 0 to let the job choose");
        }
    }

    /** JSON lines in, Parquet out, nothing overwritten, {@code dyad code}'s defaults for the rest. */
    public static JobSettings of(List<String> inputs, String output) {
        return new JobSettings(inputs, InputFormat.JSONL, output, EventTable.Format.PARQUET, SaveMode.ErrorIfExists,
                ArticleLimits.defaults(), PipelineSettings.defaults(), 0);
    }

    public JobSettings withFormats(InputFormat in, EventTable.Format out) {
        return new JobSettings(inputs, in, output, out, mode, limits, pipeline, articlesPerTask);
    }

    public JobSettings withLimits(ArticleLimits l) {
        return new JobSettings(inputs, format, output, outputFormat, mode, l, pipeline, articlesPerTask);
    }

    public JobSettings withPipeline(PipelineSettings p) {
        return new JobSettings(inputs, format, output, outputFormat, mode, limits, p, articlesPerTask);
    }

    public JobSettings withMode(SaveMode m) {
        return new JobSettings(inputs, format, output, outputFormat, m, limits, pipeline, articlesPerTask);
    }

    public JobSettings withArticlesPerTask(int n) {
        return new JobSettings(inputs, format, output, outputFormat, mode, limits, pipeline, n);
    }
}
