package org.dyad.core.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.junit.jupiter.api.Test;

/**
 * PETRARCH2's transformations of a statement about an event, with rules written the way
 * CAMEO.2.0 writes them: saying one attacks is claiming it (015), saying another attacks is an
 * accusation (112), wanting someone to attack is a threat (138), saying one does Q is doing Q.
 */
class TransformationTest {

    private static List<DictionaryLine> lines(String text) {
        return PetrarchLines.parse("t.txt", text);
    }

    private static final EventCoder CODER = new EventCoder(new Dictionaries(
            VerbDictionary.readPetrarch(lines("""
                    --- EXPLAIN [010] ---
                    SAY {SAYS SAID SAYING}
                    --- DEMAND [100] ---
                    WANT
                    --- FIGHT [190] ---
                    ATTACK
                    --- GIVE [070] ---
                    HELP
                    ~ a (a b ATTACK) SAY = a b 015
                    ~ a (b . ATTACK) SAY = a b 112
                    ~ a (a b Q) SAY = a b Q
                    ~ a (_ b ATTACK) WANT = a b 138
                    """)),
            ActorDictionary.fromLines(lines("""
                    NORWAY [NOR]
                    SWEDEN [SWE]
                    DENMARK [DNK]
                    """)),
            AgentDictionary.readPetrarch(lines("GOVERNMENT [~GOV]\n")),
            DiscardList.empty(), IssueDictionary.empty()));

    private static List<CodedEvent> code(String tree) {
        CodingResult r = CODER.code(ParseTree.parse(tree), null, LocalDate.of(2020, 1, 1), CoderOptions.defaults());
        assertThat(r.problem()).isNull();
        return r.events();
    }

    @Test
    void sayingOneAttacksIsClaimingIt() {
        assertThat(code("(ROOT (S (NP (NNP Norway)) (VP (VBD said) (SBAR (S (NP (PRP it)) "
                + "(VP (VBD attacked) (NP (NNP Sweden)))))) (. .)))"))
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("NOR", "SWE", "015"));
    }

    @Test
    void sayingAnotherAttacksIsAnAccusation() {
        assertThat(code("(ROOT (S (NP (NNP Norway)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Sweden)) "
                + "(VP (VBD attacked) (NP (NNP Denmark)))))) (. .)))"))
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("NOR", "SWE", "112"));
    }

    @Test
    void wantingSomeoneToAttackIsAThreatToTheTarget() {
        assertThat(code("(ROOT (S (NP (NNP Norway)) (VP (VBZ wants) (S (NP (NNP Sweden)) "
                + "(VP (TO to) (VP (VB attack) (NP (NNP Denmark)))))) (. .)))"))
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("NOR", "DNK", "138"));
    }

    @Test
    void sayingOneDoesSomethingIsDoingIt() {
        assertThat(code("(ROOT (S (NP (NNP Norway)) (VP (VBD said) (SBAR (S (NP (PRP it)) "
                + "(VP (MD would) (VP (VB help) (NP (NNP Sweden))))))) (. .)))"))
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("NOR", "SWE", "070"));
    }

    @Test
    void aNegatedInnerEventIsNotAssertedOnlyTheStatementIsCoded() {
        List<CodedEvent> events = code("(ROOT (S (NP (NNP Norway)) (VP (VBD said) (SBAR (S (NP (PRP it)) "
                + "(VP (MD would) (RB not) (VP (VB help) (NP (NNP Sweden))))))) (. .)))");

        assertThat(events).extracting(CodedEvent::code).doesNotContain("070");
        assertThat(events).extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("NOR", "SWE", "010"));
    }

    @Test
    void aNamedSubjectOtherThanTheSpeakerIsNotTakenForTheSpeaker() {
        // "said a bomb hit Sweden": the bomb is uncoded and no pronoun, so no claim by Norway
        assertThat(code("(ROOT (S (NP (NNP Norway)) (VP (VBD said) (SBAR (S (NP (DT a) (NN bomb)) "
                + "(VP (VBD attacked) (NP (NNP Sweden)))))) (. .)))"))
                .extracting(CodedEvent::code).doesNotContain("015");
    }

    @Test
    void negationIsFlaggedOnTheEvent() {
        List<CodedEvent> events = code("(ROOT (S (NP (NNP Norway)) (VP (VBD did) (RB not) "
                + "(VP (VB attack) (NP (NNP Sweden)))) (. .)))");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("190");
            assertThat(e.negated()).isTrue();
        });
    }
}
