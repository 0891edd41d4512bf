package org.dyad.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {

    private static AgentDictionary agents(String text) {
        return AgentDictionary.readPetrarch(PetrarchLines.parse("agents.txt", text));
    }

    private static Agent at(AgentDictionary dict, String words) {
        PhraseIndex.Match<Agent> m = dict.index().matchAt(Arrays.asList(words.split(" ")), 0);
        // a match must cover the whole phrase asked for, else a plural could hide behind its singular
        return m == null || m.end() != words.split(" ").length ? null : m.value();
    }

    private static final String AGENTS = """
            GOVERNMENT [~GOV]
            CHARITY [NGO~]
            CONGRESS [~LEG]
            FOREIGN_MINISTER [~GOVFRM]
            MEDIA {} [~MED]
            GOOSE {GEESE} [~GSE]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
            """;

    @Test
    void aTildeBeforeTheCodeMakesASuffix() {
        Agent gov = at(agents(AGENTS), "GOVERNMENT");

        assertThat(gov.code()).isEqualTo("GOV");
        assertThat(gov.suffix()).isTrue();
        assertThat(gov.source()).isEqualTo("agents.txt:1");
    }

    @Test
    void aTildeAfterTheCodeMakesAPrefix() {
        Agent charity = at(agents(AGENTS), "CHARITY");

        assertThat(charity.code()).isEqualTo("NGO");
        assertThat(charity.suffix()).isFalse();
    }

    @Test
    void regularPluralsAreAdded() {
        AgentDictionary dict = agents(AGENTS);

        assertThat(at(dict, "GOVERNMENTS").code()).isEqualTo("GOV");
        assertThat(at(dict, "CHARITIES").code()).isEqualTo("NGO");
        assertThat(at(dict, "CONGRESSES").code()).isEqualTo("LEG");
        assertThat(at(dict, "FOREIGN MINISTERS").code()).isEqualTo("GOVFRM");
        // only the rule's plural, not a naive one
        assertThat(at(dict, "CHARITYS")).isNull();
        assertThat(at(dict, "CONGRESSS")).isNull();
    }

    @Test
    void emptyBracesSuppressPlurals() {
        AgentDictionary dict = agents(AGENTS);

        assertThat(at(dict, "MEDIA").code()).isEqualTo("MED");
        assertThat(at(dict, "MEDIAS")).isNull();
    }

    @Test
    void bracesGiveTheIrregularPluralInsteadOfTheRegularOne() {
        AgentDictionary dict = agents(AGENTS);

        assertThat(at(dict, "GOOSE").code()).isEqualTo("GSE");
        assertThat(at(dict, "GEESE").code()).isEqualTo("GSE");
        assertThat(at(dict, "GOOSES")).isNull();
        assertThat(at(dict, "ATTORNEYS GENERAL").code()).isEqualTo("JUD");
        assertThat(at(dict, "ATTORNEY GENERALS")).isNull();
    }

    @Test
    void theIndexHoldsEveryFormAndNoMore() {
        // 4 entries with a regular plural, MEDIA alone, GOOSE and ATTORNEY_GENERAL with one plural each
        assertThat(agents(AGENTS).index().size()).isEqualTo(4 * 2 + 1 + 2 + 2);
    }

    @Test
    void substitutionSetsExpandToOneAgentPerMember() {
        AgentDictionary dict = agents("""
                !PERSON! = MAN, WOMAN
                BUSINESS!PERSON! [~BUS]
                CHAIR!PERSON!_OF_THE_BOARD [~BUS]
                """);

        assertThat(dict.problems()).isEmpty();
        assertThat(at(dict, "BUSINESSMAN").code()).isEqualTo("BUS");
        assertThat(at(dict, "BUSINESSWOMAN").code()).isEqualTo("BUS");
        assertThat(at(dict, "CHAIRWOMAN OF THE BOARD").code()).isEqualTo("BUS");
        assertThat(at(dict, "BUSINESSPERSON")).isNull();
        assertThat(dict.index().size()).isEqualTo(4);
    }

    @Test
    void anUndefinedSubstitutionSetIsReported() {
        AgentDictionary dict = agents("""
                SALES!PERSON! [~BUS]
                GOVERNMENT [~GOV]
                """);

        assertThat(dict.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("!PERSON!");
        });
        assertThat(at(dict, "GOVERNMENT")).isNotNull();
    }

    @Test
    void aLineWithoutACodeIsReportedAndSkipped() {
        AgentDictionary dict = agents("""
                GOVERNMENT [~GOV]
                REBEL
                SOLDIER [ ]
                POLICE {} [~COP]
                """);

        assertThat(dict.problems()).extracting(DictionaryProblem::line).containsExactly(2, 3);
        assertThat(dict.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("agents.txt"));
        assertThat(at(dict, "REBEL")).isNull();
        assertThat(at(dict, "SOLDIER")).isNull();
        assertThat(at(dict, "POLICE").code()).isEqualTo("COP");
    }

    @Test
    void pluralRule() {
        assertThat(AgentDictionary.plural("MILITARY")).isEqualTo("MILITARIES");
        assertThat(AgentDictionary.plural("BOSS")).isEqualTo("BOSSES");
        assertThat(AgentDictionary.plural("REBEL")).isEqualTo("REBELS");
        assertThat(AgentDictionary.plural("ARMY_")).isEqualTo("ARMIES_");
    }
}
