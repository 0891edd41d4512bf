package org.dyad.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.Properties;
import org.dyad.core.model.Article;
import org.dyad.core.model.Sentence;
import org.dyad.core.model.TimeExpression;
import org.dyad.core.model.Token;
import org.dyad.core.pipeline.ArticleParser;
import org.dyad.core.tree.ParseTree;

/**
 * Stanford CoreNLP in process: tokenisation, sentence splitting, part-of-speech tags, lemmas,
 * named entities with SUTime anchored at the article's date, and a constituency parse, converted
 * to dyad's own values. One instance holds one pipeline (the models take seconds and gigabytes to
 * load) and serves any number of threads.
 */
public final class CoreNlpParser implements ArticleParser {

    private final StanfordCoreNLP pipeline;
    private final NlpOptions options;

    public CoreNlpParser(NlpOptions options) {
        this.options = options;
        quiet();
        this.pipeline = new StanfordCoreNLP(properties(options));
    }

    /** The CoreNLP configuration for these options; also what a baseline run of CoreNLP alone uses. */
    public static Properties properties(NlpOptions options) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse" + (options.coref() ? ",coref" : ""));
        p.setProperty("tokenize.language", "en");
        // a blank line ends a sentence: headlines, datelines and captions stand alone in wire copy
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("parse.model", options.parserModel());
        p.setProperty("parse.maxlen", Integer.toString(options.maxSentenceTokens()));
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        if (options.coref()) {
            p.setProperty("coref.algorithm", "statistical");
        }
        return p;
    }

    /** CoreNLP narrates every model it loads; dyad's users want their events, not that. */
    private static void quiet() {
        RedwoodConfiguration.current().clear().apply();
    }

    public NlpOptions options() {
        return options;
    }

    /** The underlying pipeline, for measuring CoreNLP on its own beside dyad. */
    public StanfordCoreNLP pipeline() {
        return pipeline;
    }

    /** Annotates the article's text; the document date anchors relative time expressions. */
    public Annotation annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        if (article.date() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        }
        pipeline.annotate(doc);
        return doc;
    }

    @Override
    public List<Sentence> parse(Article article) {
        Annotation doc = annotate(article);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(sentences.size());
        String text = article.text();
        Map<List<Integer>, List<String>> referents = options.coref() ? referents(doc) : leadingPronouns(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            Tree tree = s.get(TreeCoreAnnotations.TreeAnnotation.class);
            if (labels == null || labels.isEmpty() || tree == null) {
                continue;
            }
            int begin = labels.get(0).beginPosition();
            int end = labels.get(labels.size() - 1).endPosition();
            String sentenceText = text.substring(Math.max(0, begin), Math.min(text.length(), end));
            out.add(new Sentence(article.id(), article.id() + "-" + i, i, sentenceText, article.date(),
                    referents.isEmpty() ? convert(tree) : resolved(tree, i, referents), tokens(labels), times(labels)));
        }
        return out;
    }

    private static List<Token> tokens(List<CoreLabel> labels) {
        List<Token> out = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            out.add(new Token(l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                    l.beginPosition(), l.endPosition()));
        }
        return out;
    }

    /** Time expressions: runs of tokens that share one TIMEX3. */
    private static List<TimeExpression> times(List<CoreLabel> labels) {
        List<TimeExpression> out = new ArrayList<>();
        int k = 0;
        while (k < labels.size()) {
            Timex t = labels.get(k).get(TimeAnnotations.TimexAnnotation.class);
            if (t == null) {
                k++;
                continue;
            }
            int start = k;
            StringBuilder text = new StringBuilder(labels.get(k).word());
            k++;
            while (k < labels.size() && t.equals(labels.get(k).get(TimeAnnotations.TimexAnnotation.class))) {
                text.append(' ').append(labels.get(k).word());
                k++;
            }
            out.add(new TimeExpression(text.toString(), t.timexType(), t.value(), start, k));
        }
        return out;
    }

    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "they", "them");

    /**
     * Personal pronouns that CoreNLP's coreference chains tie to a proper name, keyed by sentence
     * and token (both from 0): "He has been accused" is about the "Diosdado Cabello" of an earlier
     * sentence, and the dictionaries code names, not pronouns. Empty without coreference.
     */
    private static Map<List<Integer>, List<String>> referents(Annotation doc) {
        Map<Integer, CorefChain> chains = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (chains == null) {
            return Map.of();
        }
        Map<List<Integer>, List<String>> out = new HashMap<>();
        for (CorefChain chain : chains.values()) {
            CorefChain.CorefMention name = chain.getRepresentativeMention();
            if (name == null || name.mentionType != Dictionaries.MentionType.PROPER) {
                continue;
            }
            List<String> words = List.of(name.mentionSpan.split(" "));
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                if (m.mentionType == Dictionaries.MentionType.PRONOMINAL && m.endIndex - m.startIndex == 1
                        && PERSONAL_PRONOUNS.contains(m.mentionSpan.toLowerCase(java.util.Locale.ROOT))) {
                    out.put(List.of(m.sentNum - 1, m.startIndex - 1), words);
                }
            }
        }
        return out;
    }

    /**
     * Without coreference chains, the one reading that is nearly always right: a sentence that
     * opens with "He" or "She" continues about the person the sentence before it names first
     * ("Cabello, 56, is a major power broker ... He has also been accused").
     */
    private static Map<List<Integer>, List<String>> leadingPronouns(List<CoreMap> sentences) {
        Map<List<Integer>, List<String>> out = new HashMap<>();
        List<String> lastPerson = null;
        for (int i = 0; i < sentences.size(); i++) {
            List<CoreLabel> labels = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) {
                lastPerson = null;
                continue;
            }
            String first = labels.get(0).word();
            if (lastPerson != null && (first.equals("He") || first.equals("She"))) {
                out.put(List.of(i, 0), lastPerson);
            }
            lastPerson = firstPerson(labels);
        }
        return out;
    }

    /** The words of the sentence's first run of PERSON tokens, or null. */
    private static List<String> firstPerson(List<CoreLabel> labels) {
        List<String> name = new ArrayList<>();
        for (CoreLabel l : labels) {
            if ("PERSON".equals(l.ner())) {
                name.add(l.word());
            } else if (!name.isEmpty()) {
                break;
            }
        }
        return name.isEmpty() ? null : List.copyOf(name);
    }

    /** The tree with each resolved pronoun's word replaced by the name it stands for. */
    private static ParseTree resolved(Tree tree, int sentence, Map<List<Integer>, List<String>> referents) {
        int[] leaf = {0};
        return convert(tree, (tag, word) -> {
            List<String> name = referents.get(List.of(sentence, leaf[0]++));
            if (name == null) {
                return ParseTree.leaf(tag, word);
            }
            List<ParseTree> kids = new ArrayList<>(name.size());
            for (String w : name) {
                kids.add(ParseTree.leaf("NNP", w));
            }
            return ParseTree.node("NP", kids);
        });
    }

    /** CoreNLP's tree as dyad's: labels and words only. */
    static ParseTree convert(Tree t) {
        return convert(t, ParseTree::leaf);
    }

    private static ParseTree convert(Tree t, BiFunction<String, String, ParseTree> word) {
        if (t.isLeaf()) {
            return word.apply("X", t.value());
        }
        if (t.isPreTerminal()) {
            return word.apply(t.value(), t.firstChild().value());
        }
        List<ParseTree> kids = new ArrayList<>(t.numChildren());
        for (Tree c : t.children()) {
            kids.add(convert(c, word));
        }
        return ParseTree.node(t.value(), kids);
    }
}
