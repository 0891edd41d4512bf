package org.dyad.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.model.Article;
import org.dyad.core.model.Sentence;
import org.dyad.core.petrarch.PetrarchItem;
import org.dyad.core.petrarch.PetrarchRecord;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.tree.ParseTree;
import org.dyad.nlp.CoreNlpParser;
import org.dyad.nlp.NlpOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad explain}: how one sentence is coded, step by step. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how a sentence is coded: its flattened parse, actor codes, each verb tried and the "
                + "entry that matched. For dictionary work.")
final class ExplainCommand implements Callable<Integer> {

    static final class What {
        @Option(names = "--tree", paramLabel = "TREE", description = "a Penn Treebank parse")
        String tree;

        @Option(names = "--text", paramLabel = "TEXT", description = "raw text, parsed with CoreNLP")
        String text;

        @Option(names = "--record", paramLabel = "FILE.xml#ID", description = "a record of a PETRARCH XML file")
        String record;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the sentence's date")
    LocalDate date;

    @Mixin
    DictionaryOptions dictionaries;

    @Override
    public Integer call() {
        EventCoder coder = new EventCoder(dictionaries.load(System.err));
        if (what.tree != null) {
            System.out.print(coder.explain(ParseTree.parse(what.tree), null, date, dictionaries.options()));
        } else if (what.record != null) {
            int hash = what.record.lastIndexOf('#');
            if (hash < 0) {
                throw new IllegalArgumentException("--record takes FILE.xml#ID");
            }
            String id = what.record.substring(hash + 1);
            PetrarchRecord r = PetrarchXmlReader.read(Path.of(what.record.substring(0, hash))).items().stream()
                    .filter(i -> i instanceof PetrarchItem.Sentence s && s.record().id().equals(id))
                    .map(i -> ((PetrarchItem.Sentence) i).record()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no record " + id + " in that file"));
            System.out.println(r.text());
            System.out.print(coder.explain(ParseTree.parse(r.parse()), r.text(), r.date() == null ? date : r.date(),
                    dictionaries.options()));
        } else {
            List<Sentence> sentences = new CoreNlpParser(NlpOptions.defaults())
                    .parse(new Article("text", null, null, date, null, what.text));
            for (Sentence s : sentences) {
                System.out.println(s.text());
                System.out.println(s.tree());
                System.out.print(coder.explain(s.tree(), s.text(), s.date(), dictionaries.options()));
            }
        }
        return 0;
    }
}
