package org.dyad.core.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.AgentDictionary;
import org.dyad.core.dictionary.DictionaryLine;
import org.dyad.core.dictionary.Dictionaries;
import org.dyad.core.dictionary.DiscardList;
import org.dyad.core.dictionary.IssueDictionary;
import org.dyad.core.dictionary.PetrarchLines;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.tree.ParseTree;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same event reported as fact, denied, as a possibility and as a plan: the CAMEO code stays
 * the dictionary's, the modality says how certain the report is.
 */
class ModalityTest {

    private static List<DictionaryLine> lines(String text) {
        return PetrarchLines.parse("t.txt", text);
    }

    private static final EventCoder CODER = new EventCoder(new Dictionaries(
            VerbDictionary.readPetrarch(lines("--- ATTACK [190] ---\nATTACK\n--- SANCTION [163] ---\nSANCTION\n"
                    + "--- THREATEN [130] ---\nTHREATEN\n--- REFUSE [120] ---\nREFUSE {REFUSES REFUSED REFUSING}\n"
                    + "--- REJECT [016] ---\nREJECT\n")),
            ActorDictionary.fromLines(lines("NORWAY [NOR]\nSWEDEN [SWE]\n+SWEDISH\n")),
            AgentDictionary.readPetrarch(lines("GOVERNMENT [~GOV]\n")),
            DiscardList.empty(), IssueDictionary.empty()));

    /** A clause "Norway AUX... VERB Sweden" with the given words before the verb. */
    private static String tree(String before, String verbTag, String verb) {
        StringBuilder vp = new StringBuilder("(VP (" + verbTag + " " + verb + ") (NP (NNP Sweden)))");
        String[] words = before.isBlank() ? new String[0] : before.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            String tag = switch (w.toLowerCase()) {
                case "not", "n't", "never" -> "RB";
                case "might", "could", "would", "will", "may", "wo", "can" -> "MD";
                case "to" -> "TO";
                default -> "VBZ";
            };
            vp = new StringBuilder("(VP (" + tag + " " + w + ") " + vp + ")");
        }
        return "(ROOT (S (NP (NNP Norway)) " + vp + " (. .)))";
    }

    @ParameterizedTest(name = "Norway {0} {2} Sweden: {3}")
    @CsvSource({
            "'',                VBD, attacked,   asserted",
            "has,               VBN, attacked,   asserted",
            "did not,           VB,  attack,     negated",
            "has never,         VBN, attacked,   negated",
            "wo n't,            VB,  attack,     negated",
            "will not,          VB,  attack,     negated",
            "might,             VB,  attack,     hypothetical",
            "could,             VB,  sanction,   hypothetical",
            "would,             VB,  attack,     hypothetical",
            "is considering,    VBG, attacking,  hypothetical",
            "threatened to,     VB,  attack,     hypothetical",
            "will,              VB,  attack,     future",
            "plans to,          VB,  sanction,   future",
            "is expected to,    VB,  attack,     future",
            "is about to,       VB,  sanction,   future",
            "refused to,        VB,  sanction,   negated",
            "denied,            VBG, attacking,  negated",
            "ruled out,         VBG, attacking,  negated",
            "is unlikely to,    VB,  attack,     hypothetical",
            "is ready to,       VB,  sanction,   hypothetical",
            "is due to,         VB,  sanction,   future",
    })
    void theModalityFollowsTheWordsBetweenSubjectAndVerb(String before, String tag, String verb, String modality) {
        CodingResult r = CODER.code(ParseTree.parse(tree(before, tag, verb)), null, LocalDate.of(2020, 1, 1),
                CoderOptions.defaults());

        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("NOR");
            assertThat(e.target()).isEqualTo("SWE");
            assertThat(e.modality().label()).isEqualTo(modality);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "If Norway attacks Sweden the alliance will respond, hypothetical",
    })
    void aConditionMakesTheEventHypothetical(String text, String modality) {
        String t = "(ROOT (S (SBAR (IN If) (S (NP (NNP Norway)) (VP (VBZ attacks) (NP (NNP Sweden)))))"
                + " (NP (DT the) (NN alliance)) (VP (MD will) (VP (VB respond))) (. .)))";
        CodingResult r = CODER.code(ParseTree.parse(t), text, LocalDate.of(2020, 1, 1), CoderOptions.defaults());

        assertThat(r.events()).singleElement().satisfies(e -> assertThat(e.modality().label()).isEqualTo(modality));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Norway threatened Sweden with sanctions | (VP (VBD threatened) (NP (NNP Sweden)) (PP (IN with) (NP (NNS sanctions)))) | 130 | hypothetical",
            "Norway refused to meet Sweden | (VP (VBD refused) (S (VP (TO to) (VP (VB meet) (NP (NNP Sweden)))))) | 120 | negated",
            "Norway refused Sweden a visa | (VP (VBD refused) (NP (NNP Sweden)) (NP (DT a) (NN visa))) | 120 | asserted",
    })
    void aVerbThatCarriesAModalityGivesItToItsEvent(String text, String vp, String code, String modality) {
        String t = "(ROOT (S (NP (NNP Norway)) " + vp + " (. .)))";
        CodingResult r = CODER.code(ParseTree.parse(t), text, LocalDate.of(2020, 1, 1), CoderOptions.defaults());

        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.target()).isEqualTo("SWE");
            assertThat(e.modality().label()).isEqualTo(modality);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Norway rejected Swedish claims that it was attacked | Swedish claims | negated",
            "Norway rejected the Swedish claims that it was attacked | the Swedish claims | negated",
            "Norway rejected the Swedish offer | the Swedish offer | asserted",
    })
    void aRejectedClaimIsNegatedARejectedOfferIsNot(String text, String object, String modality) {
        String np = String.join(" ", java.util.Arrays.stream(object.split(" "))
                .map(w -> w.equals("the") ? "(DT the)" : w.equals("Swedish") ? "(JJ Swedish)" : "(NNS " + w + ")")
                .toList());
        String rest = modality.equals("negated")
                ? "(SBAR (IN that) (S (NP (PRP it)) (VP (VBD was) (VP (VBN attacked)))))"
                : "";
        String t = "(ROOT (S (NP (NNP Norway)) (VP (VBD rejected) (NP (NP " + np + ") " + rest + ")) (. .)))";
        CodingResult r = CODER.code(ParseTree.parse(t), text, LocalDate.of(2020, 1, 1), CoderOptions.defaults());

        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("016");
            assertThat(e.modality().label()).isEqualTo(modality);
        });
    }
}
