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

class EventCoderTest {

    private static List<DictionaryLine> lines(String name, String text) {
        return PetrarchLines.parse(name, text);
    }

    private static final String VERBS = """
            &FORCE
            +AIRSTRIKE
            +MILITARY ACTION

            --- CONDEMN [122] ---
            CONDEMN
            DENOUNCE
            - NOT_* [---]

            --- THREATEN [130] ---
            THREATEN
            - * SANCTIONS [1312]
            - * &FORCE [138]

            --- VISIT [042:043] ---
            VISIT

            --- BREAK [---] ---
            BREAK {BROKE BROKEN BREAKS BREAKING}
            +BREAK_OFF {+BROKE_OFF +BROKEN_OFF} [161]

            --- REPORT [010] ---
            REPORT
            - * $ FIRED ON + [190]
            """;

    private static final String ACTORS = """
            NORWAY [NOR]
            +NORWEGIAN
            SWEDEN [SWE]
            DENMARK [DNK]
            JENS_STOLTENBERG
                [NORGOV 20051017-20131016]
                [NORELI]
            """;

    private static final String AGENTS = """
            GOVERNMENT [~GOV]
            """;

    private static final String DISCARDS = """
            +TYPHOON
            HANDBALL
            """;

    private static final String ISSUES = """
            n:fishery [FISHERIES]
            """;

    private static final Dictionaries DICTIONARIES = new Dictionaries(
            VerbDictionary.readPetrarch(lines("verbs.txt", VERBS)),
            ActorDictionary.fromLines(lines("actors.txt", ACTORS)),
            AgentDictionary.readPetrarch(lines("agents.txt", AGENTS)),
            DiscardList.readPetrarch(lines("discards.txt", DISCARDS)),
            IssueDictionary.readPetrarch(lines("issues.txt", ISSUES)));

    private static final LocalDate DATE = LocalDate.of(2015, 6, 1);

    private final EventCoder coder = new EventCoder(DICTIONARIES);

    private CodingResult code(String tree, CoderOptions options) {
        return coder.code(ParseTree.parse(tree), null, DATE, options);
    }

    private List<CodedEvent> events(String tree) {
        CodingResult result = code(tree, CoderOptions.defaults());
        assertThat(result.skipped()).as("problem: %s", result.problem()).isFalse();
        return result.events();
    }

    @Test
    void theTestDictionariesLoadCleanly() {
        assertThat(DICTIONARIES.problems()).isEmpty();
    }

    @Test
    void subjectVerbObjectGetsTheVerbsDefaultCode() {
        List<CodedEvent> events = events(
                "(ROOT (S (NP (NNP Norway)) (VP (VBD condemned) (NP (NNP Sweden))) (. .)))");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("NOR");
            assertThat(e.target()).isEqualTo("SWE");
            assertThat(e.code()).isEqualTo("122");
            assertThat(e.sourceText()).isEqualTo("NORWAY");
            assertThat(e.targetText()).isEqualTo("SWEDEN");
            assertThat(e.verb()).isEqualTo("CONDEMNED");
            assertThat(e.patternSource()).isEqualTo("verbs.txt:6");
            assertThat(e.passive()).isFalse();
        });
    }

    @Test
    void aSynonymVerbInTheBlockCodesTheSame() {
        assertThat(events("(ROOT (S (NP (NNP Sweden)) (VP (VBD denounced) (NP (NNP Denmark))) (. .)))"))
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("SWE", "DNK", "122"));
    }

    @Test
    void theVerbAloneGivesTheDefaultCode() {
        assertThat(events("(ROOT (S (NP (NNP Norway)) (VP (VBD threatened) (NP (NNP Sweden))) (. .)))"))
                .extracting(CodedEvent::code).containsExactly("130");
    }

    @Test
    void aMatchingPatternOverridesTheDefaultCode() {
        List<CodedEvent> events = events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD threatened) (NP (NNP Sweden)) (PP (IN with) (NP (NNS sanctions))))
                  (. .)))""");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("NOR");
            assertThat(e.target()).isEqualTo("SWE");
            assertThat(e.code()).isEqualTo("1312");
            assertThat(e.pattern()).isEqualTo("- * SANCTIONS [1312]");
            assertThat(e.patternSource()).isEqualTo("verbs.txt:12");
        });
    }

    @Test
    void aSynsetInAPatternMatchesItsMembersAndTheirPlurals() {
        assertThat(events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD threatened) (NP (NNP Sweden)) (PP (IN with) (NP (NNS airstrikes))))
                  (. .)))"""))
                .extracting(CodedEvent::code).containsExactly("138");
        assertThat(events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD threatened) (NP (NNP Sweden)) (PP (IN with) (NP (JJ military) (NN action))))
                  (. .)))"""))
                .extracting(CodedEvent::code).containsExactly("138");
    }

    @Test
    void anAgentAddsItsCodeToTheActor() {
        // NORWEGIAN is a synonym of NORWAY, GOVERNMENT a ~GOV agent
        assertThat(events("""
                (ROOT (S (NP (DT The) (JJ Norwegian) (NN government))
                  (VP (VBD condemned) (NP (NNP Sweden))) (. .)))"""))
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("NORGOV", "SWE", "122"));
    }

    private static final String GOVERNMENT_CONDEMNED_THE_ATTACK = """
            (ROOT (S (NP (DT The) (NN government))
              (VP (VBD condemned) (NP (DT the) (NN attack))) (. .)))""";

    @Test
    void anAgentWithoutAnActorAndNoTargetIsDroppedWhenADyadIsRequired() {
        assertThat(code(GOVERNMENT_CONDEMNED_THE_ATTACK, CoderOptions.defaults()).events()).isEmpty();
    }

    @Test
    void anAgentWithoutAnActorIsKeptWhenNoDyadIsRequired() {
        CodingResult result = code(GOVERNMENT_CONDEMNED_THE_ATTACK, CoderOptions.defaults().with("require_dyad", "false"));

        assertThat(result.events())
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("---GOV", "---", "122"));
    }

    @Test
    void anAgentOnlyCodeIsNotANullCode() {
        // PETRARCH's require_dyad drops only "---", so an unattached agent still makes a dyad
        assertThat(events("""
                (ROOT (S (NP (DT The) (NN government))
                  (VP (VBD condemned) (NP (NNP Sweden))) (. .)))"""))
                .extracting(CodedEvent::source, CodedEvent::target)
                .containsExactly(tuple("---GOV", "SWE"));
    }

    @Test
    void aDateRestrictedActorIsCodedByTheSentenceDate() {
        ParseTree tree = ParseTree.parse("""
                (ROOT (S (NP (NNP Jens) (NNP Stoltenberg))
                  (VP (VBD condemned) (NP (NNP Sweden))) (. .)))""");

        CodingResult asPrimeMinister = coder.code(tree, null, LocalDate.of(2010, 3, 1), CoderOptions.defaults());
        CodingResult afterwards = coder.code(tree, null, LocalDate.of(2013, 10, 17), CoderOptions.defaults());

        assertThat(asPrimeMinister.events()).extracting(CodedEvent::source).containsExactly("NORGOV");
        assertThat(afterwards.events()).extracting(CodedEvent::source).containsExactly("NORELI");
    }

    @Test
    void aCompoundSubjectGivesOneEventPerMember() {
        assertThat(events("""
                (ROOT (S (NP (NNP Norway) (CC and) (NNP Sweden))
                  (VP (VBD condemned) (NP (NNP Denmark))) (. .)))"""))
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactlyInAnyOrder(tuple("NOR", "DNK", "122"), tuple("SWE", "DNK", "122"));
    }

    @Test
    void aCompoundObjectGivesOneEventPerMember() {
        assertThat(events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD condemned) (NP (NP (NNP Sweden)) (CC and) (NP (NNP Denmark)))) (. .)))"""))
                .extracting(CodedEvent::source, CodedEvent::target)
                .containsExactlyInAnyOrder(tuple("NOR", "SWE"), tuple("NOR", "DNK"));
    }

    @Test
    void aPairedCodeGivesAnEventInEachDirection() {
        assertThat(events("(ROOT (S (NP (NNP Norway)) (VP (VBD visited) (NP (NNP Sweden))) (. .)))"))
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactlyInAnyOrder(tuple("NOR", "SWE", "042"), tuple("SWE", "NOR", "043"));
    }

    @Test
    void aPassiveVerbSwapsSourceAndTarget() {
        List<CodedEvent> events = events("""
                (ROOT (S (NP (NNP Denmark))
                  (VP (VBD was) (VP (VBN condemned) (PP (IN by) (NP (NNP Norway)))))
                  (. .)))""");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("NOR");
            assertThat(e.target()).isEqualTo("DNK");
            assertThat(e.code()).isEqualTo("122");
            assertThat(e.sourceText()).isEqualTo("NORWAY");
            assertThat(e.passive()).isTrue();
        });
    }

    @Test
    void aPerfectPassiveSwapsToo() {
        List<CodedEvent> events = events("""
                (ROOT (S (NP (NNP Denmark))
                  (VP (VBZ has) (ADVP (RB also)) (VP (VBN been) (VP (VBN condemned) (PP (IN by) (NP (NNP Norway))))))
                  (. .)))""");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("NOR");
            assertThat(e.target()).isEqualTo("DNK");
            assertThat(e.passive()).isTrue();
        });
    }

    @Test
    void aMultiWordVerbMatchesWhenItsParticleFollows() {
        List<CodedEvent> events = events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD broke) (PRT (RP off)) (NP (NNS relations)) (PP (IN with) (NP (NNP Sweden))))
                  (. .)))""");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("NOR");
            assertThat(e.target()).isEqualTo("SWE");
            assertThat(e.code()).isEqualTo("161");
            assertThat(e.verb()).isEqualTo("BROKE OFF");
        });
    }

    @Test
    void aMultiWordVerbDoesNotMatchWithoutItsParticleRightAfterTheVerb() {
        // BREAK alone codes nothing, so only BREAK OFF could give an event
        assertThat(events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD broke) (NP (PRP$ its) (NNS ties)) (PRT (RP off)) (PP (IN with) (NP (NNP Sweden))))
                  (. .)))""")).isEmpty();
        assertThat(events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD broke) (NP (PRP$ its) (NN promise)) (PP (IN to) (NP (NNP Sweden))))
                  (. .)))""")).isEmpty();
    }

    @Test
    void dollarAndPlusInAPatternChooseSourceAndTarget() {
        // without the pattern the observers (NOR) would be the source of a 010 against Sweden
        List<CodedEvent> events = events("""
                (ROOT (S (NP (JJ Norwegian) (NNS observers))
                  (VP (VBD reported)
                    (SBAR (IN that) (S (NP (NNP Sweden)) (VP (VBD fired) (PP (IN on) (NP (NNP Denmark)))))))
                  (. .)))""");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("SWE");
            assertThat(e.target()).isEqualTo("DNK");
            assertThat(e.code()).isEqualTo("190");
            assertThat(e.pattern()).isEqualTo("- * $ FIRED ON + [190]");
        });
    }

    @Test
    void aNullCodedPatternSuppressesTheEvent() {
        // the same auxiliary without NOT codes, so only the [---] pattern can stop it
        assertThat(events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD did) (VP (VB condemn) (NP (NNP Sweden))))
                  (. .)))""")).extracting(CodedEvent::code).containsExactly("122");
        assertThat(events("""
                (ROOT (S (NP (NNP Norway))
                  (VP (VBD did) (RB not) (VP (VB condemn) (NP (NNP Sweden))))
                  (. .)))""")).isEmpty();
    }

    private static final String NORWAY_CONDEMNED_SAMI_ACTIVISTS = """
            (ROOT (S (NP (NNP Norway))
              (VP (VBD condemned) (NP (JJ Sami) (NNS activists))) (. .)))""";

    @Test
    void newActorLengthQuotesAShortUncodedNounPhrase() {
        CodingResult result = code(NORWAY_CONDEMNED_SAMI_ACTIVISTS,
                CoderOptions.defaults().with("new_actor_length", "3"));

        assertThat(result.events())
                .extracting(CodedEvent::source, CodedEvent::target, CodedEvent::code)
                .containsExactly(tuple("NOR", "\"SAMI ACTIVISTS\"", "122"));
    }

    @Test
    void aNounPhraseLongerThanNewActorLengthStaysUncoded() {
        assertThat(code(NORWAY_CONDEMNED_SAMI_ACTIVISTS, CoderOptions.defaults().with("new_actor_length", "1"))
                .events()).isEmpty();
        assertThat(code(NORWAY_CONDEMNED_SAMI_ACTIVISTS, CoderOptions.defaults()).events()).isEmpty();
    }

    private static final String NORWAY_CONDEMNED_SWEDEN =
            "(ROOT (S (NP (NNP Norway)) (VP (VBD condemned) (NP (NNP Sweden))) (. .)))";

    @Test
    void aSentenceDiscardSkipsTheSentence() {
        CodingResult result = coder.code(ParseTree.parse(NORWAY_CONDEMNED_SWEDEN),
                "Norway condemned Sweden after the handball final.", DATE, CoderOptions.defaults());

        assertThat(result.skipped()).isTrue();
        assertThat(result.events()).isEmpty();
        assertThat(result.problem().kind()).isEqualTo("sentencediscard");
        assertThat(result.problem().message()).contains("HANDBALL");
    }

    @Test
    void aStoryDiscardIsReportedAsSuch() {
        CodingResult result = coder.code(ParseTree.parse(NORWAY_CONDEMNED_SWEDEN),
                "Norway condemned Sweden as the typhoon approached.", DATE, CoderOptions.defaults());

        assertThat(result.events()).isEmpty();
        assertThat(result.problem().kind()).isEqualTo("storydiscard");
    }

    @Test
    void issuesAreFoundInTheTextOfACodedSentence() {
        CodingResult result = coder.code(ParseTree.parse(NORWAY_CONDEMNED_SWEDEN),
                "Norway condemned Sweden over fisheries.", DATE, CoderOptions.defaults());

        assertThat(result.events()).hasSize(1);
        assertThat(result.issues()).containsEntry("FISHERIES", 1);
    }

    @Test
    void aVerbNotInTheDictionaryGivesNoEvent() {
        CodingResult result = code("(ROOT (S (NP (NNP Norway)) (VP (VBD praised) (NP (NNP Sweden))) (. .)))",
                CoderOptions.defaults());

        assertThat(result.skipped()).isFalse();
        assertThat(result.events()).isEmpty();
    }
}
