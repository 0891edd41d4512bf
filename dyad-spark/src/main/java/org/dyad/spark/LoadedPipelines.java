package org.dyad.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.core.pipeline.ArticleCoder;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;

/**
 * The pipelines loaded in this JVM. CoreNLP's models take seconds and gigabytes to load, and one
 * pipeline serves any number of threads, so an executor loads them once, when its first task
 * needs them, and every later task and partition reuses them. Spark gives a task no other place
 * that outlives it: this is the one JVM-wide cache, keyed by immutable settings so that jobs with
 * other dictionaries in the same JVM get their own coder.
 */
final class LoadedPipelines {

    private static final Map<NlpOptions, CoreNlpParser> PARSERS = new ConcurrentHashMap<>();
    private static final Map<PipelineSettings, ArticleCoder> CODERS = new ConcurrentHashMap<>();

    private LoadedPipelines() {
    }

    /** The coder for these settings; the first caller loads it while the others wait. */
    static ArticleCoder coder(PipelineSettings settings) {
        return CODERS.computeIfAbsent(settings, s -> s.load(parser(s.nlp())));
    }

    /** CoreNLP with these options, shared by every coder that parses alike. */
    static CoreNlpParser parser(NlpOptions options) {
        return PARSERS.computeIfAbsent(options, CoreNlpParser::new);
    }
}
