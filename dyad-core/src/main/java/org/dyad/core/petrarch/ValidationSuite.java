package org.dyad.core.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.core.coder.CodedEvent;
import org.dyad.core.coder.CoderOptions;
import org.dyad.core.coder.CodingProblem;
import org.dyad.core.coder.CodingResult;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.tree.MalformedTreeException;
import org.dyad.core.tree.ParseTree;

/**
 * Runs PETRARCH validation records: each record is coded from its own tree with the options in
 * force at that point of the file ({@code <Config>} tags apply in document order), and passes when
 * the coded events equal the expected ones as a multiset. A record that expects an error passes
 * when nothing is coded.
 */
public final class ValidationSuite {

    private ValidationSuite() {
    }

    /** Loads the dictionaries the suite's {@code <Environment>} names from {@code dictionaryDir}. */
    public static Dictionaries dictionariesFor(Environment env, Path dictionaryDir) {
        if (env.verbFile() == null || env.actorFiles().isEmpty() || env.agentFile() == null) {
            throw new IllegalArgumentException(
                    "the suite's <Environment> must name <Verbfile>, <Actorfile> and <Agentfile>");
        }
        return Dictionaries.readPetrarch(
                dictionaryDir.resolve(env.verbFile()),
                env.actorFiles().stream().map(dictionaryDir::resolve).toList(),
                dictionaryDir.resolve(env.agentFile()),
                env.discardFile() == null ? null : dictionaryDir.resolve(env.discardFile()),
                env.issueFile() == null ? null : dictionaryDir.resolve(env.issueFile()));
    }

    public static ValidationReport run(PetrarchXmlReader.Contents contents, EventCoder coder) {
        CoderOptions options = CoderOptions.defaults();
        List<RecordOutcome> outcomes = new ArrayList<>();
        List<PetrarchItem.Malformed> malformed = new ArrayList<>();
        for (PetrarchItem item : contents.items()) {
            if (item instanceof PetrarchItem.Config c) {
                try {
                    options = options.with(c.option(), c.value());
                } catch (IllegalArgumentException e) {
                    malformed.add(new PetrarchItem.Malformed("<Config>", c.file(), c.line(), e.getMessage()));
                }
            } else if (item instanceof PetrarchItem.Malformed m) {
                malformed.add(m);
            } else if (item instanceof PetrarchItem.Sentence s) {
                outcomes.add(evaluate(s.record(), coder, options));
            }
        }
        return new ValidationReport(outcomes, malformed);
    }

    /** Codes one record on its own: in a suite every record is its own story. */
    static RecordOutcome evaluate(PetrarchRecord r, EventCoder coder, CoderOptions options) {
        CodingResult result;
        try {
            ParseTree tree = ParseTree.parse(r.parse());
            result = coder.code(tree, r.text(), r.date(), options);
        } catch (MalformedTreeException e) {
            result = new CodingResult(List.of(), new CodingProblem("bad_input_parse", e.getMessage()), Map.of());
        }
        List<ExpectedEvent> coded = new ArrayList<>();
        for (CodedEvent e : result.events()) {
            coded.add(new ExpectedEvent(e.source(), e.target(), e.code()));
        }
        boolean passed;
        if (r.expectedError() != null) {
            passed = coded.isEmpty();
        } else {
            passed = sameMultiset(coded, r.expected());
        }
        return new RecordOutcome(r, coded, result.problem(), passed);
    }

    private static boolean sameMultiset(List<ExpectedEvent> a, List<ExpectedEvent> b) {
        if (a.size() != b.size()) {
            return false;
        }
        List<ExpectedEvent> rest = new ArrayList<>(b);
        for (ExpectedEvent e : a) {
            if (!rest.remove(e)) {
                return false;
            }
        }
        return true;
    }
}
