package org.dyad.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.input.ArticleReader;
import org.dyad.core.input.InputFormat;
import org.dyad.core.input.ReadOptions;
import org.dyad.core.model.Article;
import org.dyad.core.model.Sentence;
import org.dyad.core.petrarch.PetrarchItem;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.tree.ParseTree;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad dict compare}: the same sentences coded with dyad's dictionaries and with a PETRARCH
 * set, compared at the root level GDELT users aggregate at: source and target country and the
 * two-digit CAMEO root. Each sentence is parsed once and coded twice.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare dyad's dictionaries (bundled, or --dictionary) with PETRARCH ones "
                + "(--petrarch-config or --verbs/--actors/--agents) on the same input.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = "PETRARCH XML (its trees are used) or JSON lines (parsed with CoreNLP)")
    Path input;

    @Option(names = "--articles", defaultValue = "200", paramLabel = "N", description = "articles from JSON lines (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date for input that carries none")
    LocalDate date;

    @Option(names = "--list", description = "print every sentence where the two disagree")
    boolean list;

    @Mixin
    DictionaryOptions petrarch;

    @Option(names = "--dyad", paramLabel = "FILE", split = ",",
            description = "dyad-format dictionaries to compare (default: the bundled ones)")
    List<Path> dyadFiles = new ArrayList<>();

    private record Triple(String source, String target, String root) {
        @Override
        public String toString() {
            return source + ">" + target + " " + root;
        }
    }

    @Override
    public Integer call() {
        if (!petrarch.petrarch()) {
            throw new IllegalArgumentException("name the PETRARCH dictionaries to compare with: --petrarch-config ...");
        }
        EventCoder reference = new EventCoder(petrarch.load(System.err));
        Dictionaries mine = dyadFiles.isEmpty() ? Dictionaries.defaults() : Dictionaries.readDyad(dyadFiles);
        EventCoder ours = new EventCoder(mine);
        List<Sentence> sentences = sentences();
        int tp = 0;
        int onlyOurs = 0;
        int onlyReference = 0;
        int agreeing = 0;
        Map<String, String> disagreements = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            Set<Triple> a = roots(ours.code(s, petrarch.options()));
            Set<Triple> b = roots(reference.code(s, petrarch.options()));
            Set<Triple> both = new TreeSet<>(java.util.Comparator.comparing(Triple::toString));
            both.addAll(a);
            both.retainAll(b);
            tp += both.size();
            onlyOurs += a.size() - both.size();
            onlyReference += b.size() - both.size();
            if (a.equals(b)) {
                agreeing++;
            } else {
                disagreements.put(s.id() + ": " + s.text(), "dyad " + a + " | petrarch " + b);
            }
        }
        double p = tp + onlyOurs == 0 ? 0 : (double) tp / (tp + onlyOurs);
        double r = tp + onlyReference == 0 ? 0 : (double) tp / (tp + onlyReference);
        System.out.printf("%d sentences; identical codings in %d (%.1f%%)%n", sentences.size(), agreeing,
                100.0 * agreeing / Math.max(1, sentences.size()));
        System.out.printf("root-level events: both %d, dyad only %d, PETRARCH set only %d%n", tp, onlyOurs, onlyReference);
        System.out.printf("agreement taking the PETRARCH set as reference: precision %.3f recall %.3f F1 %.3f%n", p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r));
        if (list) {
            disagreements.forEach((k, v) -> System.out.println(k + "\n    " + v));
        }
        return 0;
    }

    private Set<Triple> roots(CodingResult r) {
        Set<Triple> out = new TreeSet<>(java.util.Comparator.comparing(Triple::toString));
        for (CodedEvent e : r.events()) {
            out.add(new Triple(root(e.source()), root(e.target()), CameoTable.rootOf(e.code())));
        }
        return out;
    }

    private static String root(String code) {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    private List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        if (InputFormat.detect(input) == InputFormat.PETRARCH_XML) {
            for (PetrarchItem item : PetrarchXmlReader.read(input).items()) {
                if (item instanceof PetrarchItem.Sentence s) {
                    var r = s.record();
                    out.add(Sentence.preParsed(r.storyId(), r.id(), 0, r.text(), r.date() == null ? date : r.date(),
                            ParseTree.parse(r.parse())));
                }
            }
            return out;
        }
        List<Article> texts = new ArrayList<>();
        ArticleReader.read(input, null, new ReadOptions(ReadOptions.DEFAULT_MAX_ARTICLE_CHARS, date), a -> {
            if (texts.size() < articles) {
                texts.add(a);
            }
        }, p -> System.err.println(p));
        CoreNlpParser nlp = new CoreNlpParser(NlpOptions.defaults());
        texts.parallelStream().map(nlp::parse).forEachOrdered(out::addAll);
        return out;
    }
}
