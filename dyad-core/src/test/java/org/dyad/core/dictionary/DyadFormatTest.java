package org.dyad.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.core.SharedData;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.coder.EventCoder;
import org.dyad.core.petrarch.PetrarchXmlReader;
import org.dyad.core.petrarch.ValidationReport;
import org.dyad.core.petrarch.ValidationSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyad's YAML dictionaries: what each section means, and that PETRARCH's files survive conversion. */
class DyadFormatTest {

    private static Dictionaries read(String yaml) {
        DyadDictionaryReader.Collected c = new DyadDictionaryReader.Collected();
        DyadDictionaryReader.read("test.yaml", yaml, c);
        return c.build();
    }

    private static final String ACTORS = """
            actors:
              - name: Norway
                code: NOR
                aliases: [Kingdom of Norway, Norwegian]
              - name: Jonas Gahr Støre
                aliases: [Store]
                code: NORELI
                roles:
                  - {code: NORGOV, from: 2012-09-21, to: 2013-10-16, title: Minister of Health}
                  - {code: NORGOV, from: 2021-10-14, title: Prime Minister}
              - name: Norwegian ... Parliament
                code: NORLEG
            """;

    private static String code(Dictionaries d, String words, LocalDate date) {
        List<String> w = List.of(Spelling.fold(words).split(" "));
        PhraseIndex.Match<Actor> m = null;
        for (int k = 0; k < w.size() && m == null; k++) {
            m = d.actors().index().matchAt(w, k);
        }
        return m == null ? null : m.value().codeOn(date);
    }

    @Test
    void actorsHaveNamesAliasesAndDatedRolesAndAccentsDoNotMatter() {
        Dictionaries d = read(ACTORS);

        assertThat(d.problems()).isEmpty();
        assertThat(code(d, "Kingdom of Norway", null)).isEqualTo("NOR");
        assertThat(code(d, "Jonas Gahr Store", LocalDate.of(2022, 1, 1))).isEqualTo("NORGOV");
        assertThat(code(d, "Jonas Gahr Støre", LocalDate.of(2015, 6, 1))).isEqualTo("NORELI"); // between offices
        assertThat(code(d, "Støre", LocalDate.of(2013, 10, 16))).isEqualTo("NORGOV"); // the last day counts
    }

    @Test
    void namesAreConsecutiveWordsUnlessDotsAllowAGap() {
        Dictionaries d = read(ACTORS);

        assertThat(code(d, "Norwegian Parliament", null)).isEqualTo("NORLEG");
        assertThat(code(d, "Norwegian national Parliament", null)).isEqualTo("NORLEG");
        assertThat(code(d, "Gahr Jonas", null)).isNull();
    }

    @Test
    void problemsNameTheYamlLineAndTheRestLoads() {
        Dictionaries d = read("""
                actors:
                  - name: Sweden
                    code: SWE
                  - name: Broken
                    roles:
                      - {code: SWEGOV, from: 2020-05-01, to: 2019-01-01}
                  - name: Denmark
                    code: DNK
                  - name: Nowhere
                    code: "not a code"
                """);

        assertThat(d.problems()).extracting(DictionaryProblem::line).containsExactly(4, 9);
        assertThat(d.problems().get(0).message()).contains("ends (2019-01-01) before it starts");
        assertThat(code(d, "Denmark", null)).isEqualTo("DNK");
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        Dictionaries d = read("actors:\n  - name: Sweden\n    code: [SWE\n");
        assertThat(d.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not valid YAML");
            assertThat(p.line()).isGreaterThan(1);
        });
    }

    @Test
    void aVerbBlockWithoutACodeValueOrWithAListForTextIsReportedAndTheRestLoads() {
        Dictionaries d = read("""
                verbs:
                  - name: DISAPPROVE
                    code: #110
                    verbs: [disapprove]
                    patterns:
                      "* in_court": [115]
                      "* at_home": "112"
                  - name: [CHALLENGE]
                    code: "110"
                    verbs: [challenge]
                """);

        assertThat(d.problems()).extracting(DictionaryProblem::line).containsExactly(3, 6, 8);
        assertThat(d.problems().get(0).message()).contains("'code' needs a value", "# starts a comment");
        assertThat(d.verbs().forms()).containsKeys("DISAPPROVE", "CHALLENGE");
    }

    @Test
    void agentsGetPluralsUnlessExactAndCanGoBefore() {
        Dictionaries d = read("""
                agents:
                  - code: GOV
                    nouns: [official, ministry, spokesman, envoy]
                  - code: MIL
                    exact: [troops]
                  - code: NGO
                    before: true
                    nouns: [charity]
                """);

        assertThat(d.agents().index().entries()).extracting(e -> e.pattern().toString())
                .contains("OFFICIALS", "MINISTRIES", "SPOKESMEN", "ENVOYS", "TROOPS", "CHARITIES")
                .doesNotContain("TROOPSS");
        assertThat(d.agents().index().entries()).filteredOn(e -> e.pattern().toString().equals("CHARITY"))
                .singleElement().satisfies(e -> assertThat(e.value().suffix()).isFalse());
    }

    @Test
    void verbBlocksSynsetsAndTransformationsBecomeTheVerbModel() {
        Dictionaries d = read("""
                synsets:
                  SANCTION: [sanctions, embargo, trade restrictions]
                verbs:
                  - name: SAY
                    code: "010"
                    verbs: ["say {says said saying}", state]
                  - name: IMPOSE
                    code: "---"
                    verbs: [impose, "slap {slapped slaps slapping}"]
                    patterns:
                      "* &SANCTION on +": "163"
                      "* curfew": "1724"
                transformations:
                  - "a (a b Q) SAY = a b Q"
                """);

        VerbDictionary v = d.verbs();
        assertThat(d.problems()).isEmpty();
        assertThat(v.form("SAID").code()).isEqualTo("010");
        assertThat(v.form("STATED").primary()).isEqualTo("SAY");
        assertThat(v.form("SLAPPED").primary()).isEqualTo("IMPOSE");
        assertThat(v.patternsOf("IMPOSE")).extracting(VerbPattern::code).containsExactly("163", "1724");
        assertThat(v.patternsOf("IMPOSE").get(0).source()).isEqualTo("test.yaml:11");
        assertThat(v.synset("&SANCTION").phrases()).contains(List.of("TRADE", "RESTRICTIONS"));
        assertThat(v.verbClass().get("SAY")).isEqualTo("SAY");
        assertThat(v.transformations()).singleElement().satisfies(t -> assertThat(t.resultCode()).isEqualTo("Q"));
    }

    @Test
    void discardsAreWholeWordsUnlessStarred() {
        Dictionaries d = read("""
                discards:
                  story: [premier league]
                  sentence: [footbal*]
                """);

        assertThat(d.discards().find("Arsenal lead the Premier League").orElseThrow().story()).isTrue();
        assertThat(d.discards().find("Footballers protested").orElseThrow().story()).isFalse();
        assertThat(d.discards().find("A league of its own")).isEmpty();
    }

    @Test
    void theCheckFindsClaimedNamesOverlapsUnknownCodesAndRepeatedPatterns() {
        Dictionaries d = read("""
                actors:
                  - name: Georgia
                    code: GEO
                  - name: Georgia
                    code: USA
                  - name: Ann Example
                    code: NORELI
                    roles:
                      - {code: NORGOV, from: 2001-01-01, to: 2005-01-01}
                      - {code: NORXYZ, from: 2004-01-01, to: 2006-01-01}
                verbs:
                  - name: WARN
                    code: "999"
                    verbs: [warn]
                    patterns:
                      "* of war": "138"
                      "* of  war": "138"
                """);

        List<DictionaryCheck.Finding> f = DictionaryCheck.check(d, CameoTable.standard());

        assertThat(f).filteredOn(DictionaryCheck.Finding::error).extracting(DictionaryCheck.Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'GEORGIA' is also a name of"))
                .anySatisfy(m -> assertThat(m).contains("999 is not a CAMEO event code"))
                .anySatisfy(m -> assertThat(m).contains("never tried"));
        assertThat(f).filteredOn(x -> !x.error()).extracting(DictionaryCheck.Finding::message)
                .anySatisfy(m -> assertThat(m).contains("overlap"))
                .anySatisfy(m -> assertThat(m).contains("XYZ"));
    }

    @Test
    void petrarchsValidationDictionariesConvertWithoutChangingAResult(@TempDir Path dir) throws Exception {
        Path suite = SharedData.require("petrarch/text/PETR.UnitTest.dev.xml");
        Path src = SharedData.require("petrarch/dictionaries");
        PetrarchXmlReader.Contents contents = PetrarchXmlReader.read(suite);
        Files.writeString(dir.resolve("verbs.yaml"),
                PetrarchConverter.verbs(PetrarchLines.read(src.resolve("PETR.Validate.verbs.txt"))));
        Files.writeString(dir.resolve("actors.yaml"),
                PetrarchConverter.actors(PetrarchLines.read(src.resolve("PETR.Validate.actors.txt"))));
        Files.writeString(dir.resolve("agents.yaml"),
                PetrarchConverter.agents(PetrarchLines.read(src.resolve("PETR.Validate.agents.txt"))));
        Files.writeString(dir.resolve("discards.yaml"),
                PetrarchConverter.discards(PetrarchLines.read(src.resolve("PETR.Validate.discards.txt"))));

        ValidationReport original = ValidationSuite.run(contents,
                new EventCoder(ValidationSuite.dictionariesFor(contents.environment(), src)));
        ValidationReport converted = ValidationSuite.run(contents, new EventCoder(Dictionaries.readDyad(List.of(dir))));

        assertThat(converted.outcomes()).extracting(o -> o.record().id() + " " + o.passed() + " " + o.coded())
                .isEqualTo(original.outcomes().stream().map(o -> o.record().id() + " " + o.passed() + " " + o.coded())
                        .toList());
    }
}
