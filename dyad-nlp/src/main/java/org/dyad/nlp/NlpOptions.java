package org.dyad.nlp;

import java.util.Locale;

/**
 * How CoreNLP is run.
 *
 * @param parserModel the constituency parser: the shift-reduce model by default, about four times
 *                    faster than the PCFG parser on news (docs/nlp.md)
 * @param coref       add coreference chains (the statistical algorithm, which works from the
 *                    parse's dependencies); costs throughput, used by attribution and actor resolution
 * @param maxSentenceTokens sentences longer than this are not parsed (they are still tokenised);
 *                    runaway sentences from bad segmentation would otherwise cost seconds each
 */
public record NlpOptions(String parserModel, boolean coref, int maxSentenceTokens) {

    public static final String SHIFT_REDUCE = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
    public static final String PCFG = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";

    public static NlpOptions defaults() {
        return new NlpOptions(SHIFT_REDUCE, false, 120);
    }

    public NlpOptions withCoref(boolean on) {
        return new NlpOptions(parserModel, on, maxSentenceTokens);
    }

    /**
     * The parser as users name it: {@code sr} (shift-reduce) or {@code pcfg}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public NlpOptions withParser(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "sr" -> new NlpOptions(SHIFT_REDUCE, coref, maxSentenceTokens);
            case "pcfg" -> new NlpOptions(PCFG, coref, maxSentenceTokens);
            default -> throw new IllegalArgumentException("--parser must be sr or pcfg, not '" + name + "'");
        };
    }
}
