package org.dyad.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dyad.core.input.InputFormat;
import org.dyad.core.input.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's command line, for {@code spark-submit}: the options of {@code dyad code} that make
 * sense on a cluster, with Hadoop paths for input and output (docs/spark.md).
 */
@Command(name = "dyad-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Code articles on Spark and write their events, one folder per publication day.",
                "Run it with spark-submit (docs/spark.md). Inputs that cannot be read are counted, logged on "
                        + "the executors and skipped; the job goes on."})
public final class CodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Hadoop filesystem paths: files, directories (read recursively), globs")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "where the events go")
    String output;

    @Option(names = "--input-format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (one article a line, split across tasks) | text | html | rss "
                    + "(one file a unit; a text or HTML file is one article) (default: ${DEFAULT-VALUE})")
    String inputFormat;

    @Option(names = "--output-format", defaultValue = "parquet", paramLabel = "FORMAT",
            description = "parquet (the event record in columns) | jsonl (dyad code's lines) "
                    + "(default: ${DEFAULT-VALUE})")
    String outputFormat;

    @Option(names = "--mode", defaultValue = "error", paramLabel = "MODE",
            description = "error (when the output exists) | overwrite (replaces the publication days this input "
                    + "holds, keeps the others) | append (default: ${DEFAULT-VALUE})")
    String mode;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for inputs that carry none")
    LocalDate date;

    @Option(names = "--max-article-chars", defaultValue = "" + ReadOptions.DEFAULT_MAX_ARTICLE_CHARS,
            paramLabel = "N", description = "longer articles are skipped (default: ${DEFAULT-VALUE})")
    int maxArticleChars;

    @Option(names = "--dictionary", split = ",", paramLabel = "FILE",
            description = "dyad-format dictionaries instead of the bundled ones: paths every executor can read, "
                    + "or names of files shipped with spark-submit --files")
    List<String> dictionaries = List.of();

    @Option(names = "--gazetteer", split = ",", paramLabel = "FILE",
            description = "GeoNames files besides the built-in gazetteer (paths or --files names, as above)")
    List<String> gazetteers = List.of();

    @Option(names = "--coref", description = "run CoreNLP's coreference (about half the throughput)")
    boolean coref;

    @Option(names = "--parser", defaultValue = "sr", paramLabel = "MODEL",
            description = "sr (shift-reduce, fast) or pcfg (default: ${DEFAULT-VALUE})")
    String parser;

    @Option(names = "--articles-per-task", defaultValue = "0", paramLabel = "N",
            description = "articles a task codes (default: at most " + Inputs.MAX_ARTICLES_PER_TASK
                    + ", fewer where that makes " + Inputs.TASKS_PER_CORE + " tasks per core)")
    int articlesPerTask;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new CodeCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (!(ex instanceof IllegalArgumentException)) {
                throw ex; // a failed job: Spark's own report, with its trace, says more than a line could
            }
            cmd.getErr().println("dyad-spark: " + ex.getMessage());
            return 2;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() {
        JobSettings settings = settings();
        SparkSession spark = SparkSession.builder().appName("dyad code").getOrCreate();
        try {
            JobCounters.Counts counts = new CodingJob(settings).run(spark);
            System.err.println("dyad: " + counts);
        } finally {
            spark.stop();
        }
        return 0;
    }

    JobSettings settings() {
        return new JobSettings(inputs, InputFormat.parse(inputFormat), output, EventTable.Format.parse(outputFormat),
                saveMode(), new ArticleLimits(maxArticleChars, date),
                new PipelineSettings(dictionaries, gazetteers, coref, parser), articlesPerTask);
    }

    private SaveMode saveMode() {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "error" -> SaveMode.ErrorIfExists;
            case "overwrite" -> SaveMode.Overwrite;
            case "append" -> SaveMode.Append;
            default -> throw new IllegalArgumentException("--mode must be error, overwrite or append, not '" + mode + "'");
        };
    }
}
