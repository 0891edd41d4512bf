package org.dyad.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {

    private static VerbDictionary verbs(String text) {
        return VerbDictionary.readPetrarch(PetrarchLines.parse("verbs.txt", text));
    }

    private static final String BLOCKS = """
            --- CONDEMN [122] ---
            CONDEMN
            DENOUNCE
            REBUKE [121]
            - * SANCTIONS [163]

            --- MEET [036] ---
            MEET {MET MEETS MEETING}
            GATHER
            """;

    @Test
    void theBlockCodeAppliesToEveryVerbWithoutItsOwn() {
        VerbDictionary dict = verbs(BLOCKS);

        assertThat(dict.problems()).isEmpty();
        assertThat(dict.form("CONDEMN").code()).isEqualTo("122");
        assertThat(dict.form("DENOUNCE").code()).isEqualTo("122");
        assertThat(dict.form("REBUKE").code()).isEqualTo("121");
        assertThat(dict.form("GATHER").code()).isEqualTo("036");
    }

    @Test
    void theFirstVerbOfABlockIsThePrimaryForTheRest() {
        VerbDictionary dict = verbs(BLOCKS);

        assertThat(dict.form("DENOUNCED").primary()).isEqualTo("CONDEMN");
        assertThat(dict.form("REBUKING").primary()).isEqualTo("CONDEMN");
        assertThat(dict.form("GATHERS").primary()).isEqualTo("MEET");
        assertThat(dict.patternsOf("CONDEMN")).extracting(VerbPattern::code).containsExactly("163");
        assertThat(dict.patternsOf("MEET")).isEmpty();
        assertThat(dict.verbClass()).containsEntry("CONDEMN", "CONDEMN").containsEntry("MEET", "MEET");
    }

    @Test
    void aFormRemembersWhereItWasDefined() {
        assertThat(verbs(BLOCKS).form("REBUKED").source()).isEqualTo("verbs.txt:4");
    }

    @Test
    void regularFormsAreGenerated() {
        VerbDictionary dict = verbs(BLOCKS);

        assertThat(dict.form("CONDEMNS")).isNotNull();
        assertThat(dict.form("CONDEMNED").code()).isEqualTo("122");
        assertThat(dict.form("CONDEMNING")).isNotNull();
        assertThat(dict.form("GATHERED").code()).isEqualTo("036");
    }

    @Test
    void aFinalEGetsDAndIsDroppedBeforeIng() {
        VerbDictionary dict = verbs(BLOCKS);

        assertThat(dict.form("DENOUNCES")).isNotNull();
        assertThat(dict.form("DENOUNCED")).isNotNull();
        assertThat(dict.form("DENOUNCING")).isNotNull();
        assertThat(dict.form("DENOUNCEED")).isNull();
        assertThat(dict.form("DENOUNCEING")).isNull();
        assertThat(PetrarchVerbReader.regularForms("PROMISE")).containsExactly("PROMISES", "PROMISED", "PROMISING");
        assertThat(PetrarchVerbReader.regularForms("WARN")).containsExactly("WARNS", "WARNED", "WARNING");
    }

    @Test
    void sibilantsTakeEsAndAConsonantYBecomesIe() {
        assertThat(PetrarchVerbReader.regularForms("PUSH")).containsExactly("PUSHES", "PUSHED", "PUSHING");
        assertThat(PetrarchVerbReader.regularForms("FAX")).startsWith("FAXES");
        assertThat(PetrarchVerbReader.regularForms("CARRY")).contains("CARRIES", "CARRIED");
        assertThat(PetrarchVerbReader.regularForms("DELAY")).containsExactly("DELAYS", "DELAYED", "DELAYING");
    }

    @Test
    void irregularFormsReplaceTheRegularOnes() {
        VerbDictionary dict = verbs(BLOCKS);

        assertThat(dict.form("MEET").code()).isEqualTo("036");
        assertThat(dict.form("MET").primary()).isEqualTo("MEET");
        assertThat(dict.form("MEETS")).isNotNull();
        assertThat(dict.form("MEETING")).isNotNull();
        assertThat(dict.form("MEETED")).isNull();
    }

    @Test
    void aBlockWithoutACodeCodesNothing() {
        VerbDictionary dict = verbs("""
                --- SAY ---
                SAY {SAID SAYS SAYING}
                """);

        assertThat(dict.form("SAID").code()).isEqualTo("---");
    }

    private static final String MULTI = """
            --- BREAK [---] ---
            BREAK {BROKE BROKEN BREAKS BREAKING}
            +BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN} [1246]
            +BREAK_OFF_TALKS_WITH {+BROKE_OFF_TALKS_WITH} [1246]
            FIRE_+BOMB {FIRE_+BOMBED} [183]
            NAME_AND_+SHAME {NAME_AND_+SHAMED} [111]
            """;

    @Test
    void aMultiWordVerbIsStoredOnItsInflectedWord() {
        VerbDictionary dict = verbs(MULTI);

        assertThat(dict.problems()).isEmpty();
        assertThat(dict.form("BROKEN").multiWords()).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("1246");
            assertThat(m.primary()).isEqualTo("BREAK");
            assertThat(m.wordsFollow()).isTrue();
            assertThat(m.words()).containsExactly("DOWN");
            assertThat(m.source()).isEqualTo("verbs.txt:3");
        });
        assertThat(dict.form("BROKE").multiWords()).extracting(MultiWordVerb::words)
                .containsExactlyInAnyOrder(List.of("OFF", "TALKS", "WITH"), List.of("DOWN"));
        // the latest definition is tried first
        assertThat(dict.form("BREAK").multiWords()).extracting(MultiWordVerb::words)
                .containsExactly(List.of("OFF", "TALKS", "WITH"), List.of("DOWN"));
    }

    @Test
    void theAnchorKeepsItsOwnCodeBesideItsMultiWordVerbs() {
        VerbForm broke = verbs(MULTI).form("BROKE");

        assertThat(broke.code()).isEqualTo("---");
        assertThat(broke.primary()).isEqualTo("BREAK");
    }

    @Test
    void wordsBeforeALastAnchorAreListedNearestFirst() {
        VerbDictionary dict = verbs(MULTI);

        MultiWordVerb fireBomb = dict.form("BOMBED").multiWords().get(0);
        assertThat(fireBomb.wordsFollow()).isFalse();
        assertThat(fireBomb.words()).containsExactly("FIRE");
        assertThat(fireBomb.code()).isEqualTo("183");
        assertThat(dict.form("SHAME").multiWords().get(0).words()).containsExactly("AND", "NAME");
    }

    @Test
    void aMultiWordAnchorAloneIsNoVerb() {
        // BOMB is only known as part of FIRE BOMB, so on its own it must not point to patterns
        VerbForm bomb = verbs(MULTI).form("BOMB");

        assertThat(bomb.primary()).isNull();
        assertThat(bomb.code()).isEqualTo("---");
    }

    @Test
    void aMultiWordVerbWithoutBracesGetsTheRegularFormsOfItsAnchor() {
        VerbDictionary dict = verbs("""
                --- CANCEL [---] ---
                CANCEL
                +CALL_OFF [0874]
                """);

        assertThat(dict.form("CALL").multiWords()).hasSize(1);
        assertThat(dict.form("CALLS")).isNotNull();
        assertThat(dict.form("CALLED").multiWords()).singleElement()
                .satisfies(m -> assertThat(m.words()).containsExactly("OFF"));
        assertThat(dict.form("CALLING")).isNotNull();
    }

    @Test
    void aMultiWordVerbNeedsAPlusOnItsFirstOrLastWord() {
        VerbDictionary dict = verbs("""
                --- GIVE [---] ---
                GIVE {GAVE GIVEN GIVES GIVING}
                CALL_OFF
                GIVE_+UP_ON
                """);

        assertThat(dict.problems()).extracting(DictionaryProblem::line).containsExactly(3, 4);
        assertThat(dict.problems().get(0).message()).contains("'+'");
        assertThat(dict.form("CALL")).isNull();
        assertThat(dict.form("UP")).isNull();
    }

    private static final String SYNSETS = """
            &CURRENCY
            +KRONE
            +SWISS FRANC
            +PENNY
            +BITCOIN_

            &TRADEBAN_
            +EMBARGO
            +BOYCOTT

            &MONEY
            +&CURRENCY
            +GOLD_

            --- IMPOSE [---] ---
            IMPOSE
            - * &TRADEBAN [163]
            - * &MONEY [061]
            """;

    @Test
    void synsetMembersGetPlurals() {
        Synset currency = verbs(SYNSETS).synset("&CURRENCY");

        assertThat(currency.phrases()).containsExactlyInAnyOrder(
                List.of("KRONE"), List.of("KRONES"),
                List.of("SWISS", "FRANC"), List.of("SWISS", "FRANCS"),
                List.of("PENNY"), List.of("PENNIES"),
                List.of("BITCOIN"));
    }

    @Test
    void anUnderscoreAfterTheSynsetNameSuppressesPlurals() {
        VerbDictionary dict = verbs(SYNSETS);

        assertThat(dict.synset("&TRADEBAN").phrases()).containsExactly(List.of("EMBARGO"), List.of("BOYCOTT"));
        assertThat(dict.synset("&TRADEBAN_")).isNull();
    }

    @Test
    void nestedSynsetsAreExpanded() {
        Synset money = verbs(SYNSETS).synset("&MONEY");

        assertThat(money.phrases()).contains(List.of("KRONES"), List.of("SWISS", "FRANC"), List.of("GOLD"));
        assertThat(money.phrases()).doesNotContain(List.of("&CURRENCY"), List.of("GOLDS"));
        assertThat(money.phrases()).hasSize(7 + 1);
    }

    @Test
    void aSynsetThatContainsItselfIsReported() {
        VerbDictionary dict = verbs("""
                &LOOP
                +&LOOP
                +CIRCLE
                """);

        assertThat(dict.problems()).anySatisfy(p -> assertThat(p.message()).contains("&LOOP"));
        assertThat(dict.synset("&LOOP").phrases()).contains(List.of("CIRCLE"));
    }

    @Test
    void patternsAreSplitAtTheVerbAndReadOutwardFromIt() {
        VerbDictionary dict = verbs("""
                --- ACCUSE [112] ---
                ACCUSE
                - $ VERY_STRONGLY * + OF_WAR_CRIMES [1121]
                """);

        VerbPattern p = dict.patternsOf("ACCUSE").get(0);
        assertThat(p.code()).isEqualTo("1121");
        assertThat(p.source()).isEqualTo("verbs.txt:3");
        assertThat(p.text()).isEqualTo("- $ VERY_STRONGLY * + OF_WAR_CRIMES [1121]");
        // nearest the verb first; VERY must stand right before STRONGLY, the rest may be apart
        assertThat(p.upper()).containsExactly(
                new PatternToken(false, "STRONGLY"),
                new PatternToken(true, "VERY"),
                new PatternToken(false, "$"));
        assertThat(p.lower()).containsExactly(
                new PatternToken(false, "+"),
                new PatternToken(false, "OF"),
                new PatternToken(true, "WAR"),
                new PatternToken(true, "CRIMES"));
    }

    @Test
    void anUnderscoreAgainstTheStarJoinsAWordToTheVerb() {
        VerbDictionary dict = verbs("""
                --- AGREE [030] ---
                AGREE
                - NOT_* [---]
                - * _TO_ + [031]
                """);

        List<VerbPattern> patterns = dict.patternsOf("AGREE");
        assertThat(patterns.get(0).upper()).containsExactly(new PatternToken(true, "NOT"));
        assertThat(patterns.get(0).lower()).isEmpty();
        assertThat(patterns.get(0).code()).isEqualTo("---");
        assertThat(patterns.get(1).lower()).containsExactly(
                new PatternToken(true, "TO"), new PatternToken(false, "+"));
    }

    @Test
    void markersAndSynsetsAreRecognisedInPatterns() {
        VerbPattern p = verbs(SYNSETS).patternsOf("IMPOSE").get(0);

        PatternToken ban = p.lower().get(0);
        assertThat(ban.word()).isEqualTo("&TRADEBAN");
        assertThat(ban.isSynset()).isTrue();
        assertThat(ban.isMarker()).isFalse();
        assertThat(new PatternToken(false, "$").isMarker()).isTrue();
        assertThat(new PatternToken(false, "^").isMarker()).isTrue();
        assertThat(new PatternToken(false, "%").isMarker()).isTrue();
        assertThat(new PatternToken(false, "++").isMarker()).isFalse();
    }

    @Test
    void aPatternWithAnUndefinedSynsetIsReportedWithFileAndLine() {
        VerbDictionary dict = verbs("""
                --- IMPOSE [---] ---
                IMPOSE

                - * &NOSUCHSET ON + [163]
                - * TARIFFS [163]
                """);

        assertThat(dict.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("verbs.txt");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("&NOSUCHSET");
            assertThat(p.toString()).startsWith("verbs.txt:4:");
        });
        assertThat(dict.patternsOf("IMPOSE")).hasSize(2);
    }

    @Test
    void aPatternWithoutAStarIsReportedAndSkipped() {
        VerbDictionary dict = verbs("""
                --- IMPOSE [---] ---
                IMPOSE
                - SANCTIONS [163]
                - * TARIFFS [163]
                """);

        assertThat(dict.problems()).singleElement().satisfies(p -> {
            assertThat(p.toString()).startsWith("verbs.txt:3:");
            assertThat(p.message()).contains("'*'");
        });
        assertThat(dict.patternsOf("IMPOSE")).extracting(VerbPattern::text).containsExactly("- * TARIFFS [163]");
    }

    @Test
    void aPatternBeforeAnyVerbIsReported() {
        VerbDictionary dict = verbs("""
                --- IMPOSE [---] ---
                - * TARIFFS [163]
                """);

        assertThat(dict.problems()).extracting(DictionaryProblem::line).containsExactly(2);
        assertThat(dict.patternCount()).isZero();
    }

    @Test
    void petrarch2BracketsInPatternsAreReadAsPlainWords() {
        VerbDictionary dict = verbs("""
                --- ADD [---] ---
                ADD
                - * (TO {BANNED PARTIES}) $ [1722]
                - * (TO LIST) [:173]
                """);

        assertThat(dict.problems()).isEmpty();
        List<VerbPattern> patterns = dict.patternsOf("ADD");
        assertThat(patterns.get(0).lower()).extracting(PatternToken::word)
                .containsExactly("TO", "BANNED", "PARTIES", "$");
        assertThat(patterns.get(0).lower()).noneMatch(PatternToken::adjacent);
        // the passive-only marker of PETRARCH2 is dropped from the code
        assertThat(patterns.get(1).code()).isEqualTo("173");
    }

    @Test
    void transformationsAreParsed() {
        VerbDictionary dict = verbs("""
                --- SAY [010] ---
                SAY {SAID SAYS SAYING}
                ~ a (a b ATTACK) SAY = a b 015
                ~ a (b . ATTACK) claim = a b 112
                """);

        assertThat(dict.problems()).isEmpty();
        assertThat(dict.transformations()).hasSize(2);
        Transformation t = dict.transformations().get(0);
        assertThat(t.outerSource()).isEqualTo("a");
        assertThat(t.innerSource()).isEqualTo("a");
        assertThat(t.innerTarget()).isEqualTo("b");
        assertThat(t.innerVerb()).isEqualTo("ATTACK");
        assertThat(t.outerVerb()).isEqualTo("SAY");
        assertThat(t.resultSource()).isEqualTo("a");
        assertThat(t.resultTarget()).isEqualTo("b");
        assertThat(t.resultCode()).isEqualTo("015");
        assertThat(t.source()).isEqualTo("verbs.txt:3");
        Transformation second = dict.transformations().get(1);
        assertThat(second.innerSource()).isEqualTo("b");
        assertThat(second.innerTarget()).isEqualTo(".");
        assertThat(second.outerVerb()).isEqualTo("CLAIM");
        assertThat(second.resultCode()).isEqualTo("112");
        // a transformation is not a pattern of the verb
        assertThat(dict.patternsOf("SAY")).isEmpty();
    }

    @Test
    void aMalformedTransformationIsReported() {
        VerbDictionary dict = verbs("""
                --- SAY [010] ---
                SAY
                ~ a (a b ATTACK) SAY a b 015
                ~ a a b ATTACK SAY = a b 015
                """);

        assertThat(dict.problems()).extracting(DictionaryProblem::line).containsExactly(3, 4);
        assertThat(dict.transformations()).isEmpty();
    }
}
