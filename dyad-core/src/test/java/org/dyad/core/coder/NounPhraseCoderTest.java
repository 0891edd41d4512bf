package org.dyad.core.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dyad.core.dictionary.ActorDictionary;
import org.dyad.core.dictionary.AgentDictionary;
import org.dyad.core.dictionary.DictionaryLine;
import org.dyad.core.dictionary.PetrarchLines;
import org.junit.jupiter.api.Test;

class NounPhraseCoderTest {

    private static List<DictionaryLine> lines(String name, String text) {
        return PetrarchLines.parse(name, text);
    }

    private static final ActorDictionary ACTORS = ActorDictionary.fromLines(lines("actors.txt", """
            NORWAY [NOR]
            +NORWEGIAN
            SWEDEN [SWE]
            +SWEDISH
            NORWEGIAN_REFUGEE_COUNCIL [NGONOR]
            ERNA_SOLBERG
                [NORGOV 20131016-20211014]
                [NORELI]
            """));

    private static final AgentDictionary AGENTS = AgentDictionary.readPetrarch(lines("agents.txt", """
            GOVERNMENT [~GOV]
            MINISTER [~GOV]
            COUNCIL [~LEG]
            SPOKESMAN [~SPK]
            CHARITY [NGO~]
            POLICE {} [~COP]
            """));

    private final NounPhraseCoder coder = new NounPhraseCoder(ACTORS, AGENTS);

    private String code(String phrase) {
        return coder.code(Arrays.asList(phrase.split(" ")), LocalDate.of(2015, 6, 1));
    }

    @Test
    void theFirstActorInThePhraseGivesTheRoot() {
        assertThat(code("SWEDISH ENVOY TO NORWAY")).isEqualTo("SWE");
        assertThat(code("NORWEGIAN ENVOY TO SWEDEN")).isEqualTo("NOR");
    }

    @Test
    void theActorEntryIsReturnedWithItsCode() {
        NounPhraseCoder.Coded coded = coder.codeWithActor(List.of("THE", "SWEDISH", "GOVERNMENT"), null);

        assertThat(coded.code()).isEqualTo("SWEGOV");
        assertThat(coded.actor().name()).isEqualTo("SWEDEN");
    }

    @Test
    void aSuffixAgentFollowsTheActorCode() {
        assertThat(code("THE NORWEGIAN GOVERNMENT")).isEqualTo("NORGOV");
        // the agent's position in the phrase does not matter
        assertThat(code("GOVERNMENT OF NORWAY")).isEqualTo("NORGOV");
    }

    @Test
    void aPrefixAgentPrecedesTheActorCode() {
        assertThat(code("A SWEDISH CHARITY")).isEqualTo("NGOSWE");
    }

    @Test
    void agentWordsInsideTheActorPhraseAreNotAgents() {
        // COUNCIL is an agent, but here it is part of the actor's own phrase
        assertThat(code("NORWEGIAN REFUGEE COUNCIL")).isEqualTo("NGONOR");
        assertThat(code("NORWEGIAN REFUGEE COUNCIL SPOKESMAN")).isEqualTo("NGONORSPK");
    }

    @Test
    void severalAgentsAreAddedInOrder() {
        assertThat(code("SWEDISH POLICE SPOKESMAN")).isEqualTo("SWECOPSPK");
    }

    @Test
    void anAgentCodeAlreadyPresentIsNotRepeated() {
        assertThat(code("NORWEGIAN GOVERNMENT MINISTER")).isEqualTo("NORGOV");
        assertThat(code("NORWEGIAN GOVERNMENT MINISTERS")).isEqualTo("NORGOV");
    }

    @Test
    void aDuplicateAgentEndsTheComposition() {
        // PETRARCH stops at the first agent whose code is already there
        assertThat(code("NORWEGIAN GOVERNMENT MINISTER SPOKESMAN")).isEqualTo("NORGOV");
    }

    @Test
    void anAgentWithoutAnActorIsUnattached() {
        assertThat(code("THE GOVERNMENT")).isEqualTo("---GOV");
        assertThat(code("LOCAL CHARITIES")).isEqualTo("NGO---");
    }

    @Test
    void aPhraseWithoutActorOrAgentHasNoCode() {
        assertThat(code("THE PROTESTERS")).isNull();
        assertThat(coder.codeWithActor(List.of("THE", "PROTESTERS"), null).actor()).isNull();
    }

    @Test
    void theActorCodeDependsOnTheDate() {
        List<String> phrase = List.of("PRIME", "MINISTER", "ERNA", "SOLBERG");

        assertThat(coder.code(phrase, LocalDate.of(2015, 1, 1))).isEqualTo("NORGOV");
        // MINISTER adds GOV to the elite code outside her term
        assertThat(coder.code(phrase, LocalDate.of(2022, 1, 1))).isEqualTo("NORELIGOV");
    }

    @Test
    void containsBlockLooksOnlyAtThreeCharacterBoundaries() {
        assertThat(NounPhraseCoder.containsBlock("NORGOV", "GOV")).isTrue();
        assertThat(NounPhraseCoder.containsBlock("NORGOVMED", "GOVMED")).isTrue();
        // "ORG" spans two blocks and is not an agent code of NORGOV
        assertThat(NounPhraseCoder.containsBlock("NORGOV", "ORG")).isFalse();
    }
}
