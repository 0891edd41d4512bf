package org.dyad.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.cameo.CameoTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Representative entries of the dictionaries dyad ships. Expected codes follow the public record
 * of who held which office when, and CAMEO's conventions (government while in office, elite
 * outside it).
 */
class DefaultDictionariesTest {

    private static Dictionaries defaults;

    @BeforeAll
    static void load() {
        defaults = Dictionaries.defaults();
    }

    private static String code(String name, LocalDate date) {
        List<String> words = List.of(Spelling.fold(name).split(" "));
        PhraseIndex.Match<Actor> m = defaults.actors().index().matchAt(words, 0);
        assertThat(m).as(name + " is in the default actors").isNotNull();
        assertThat(m.end()).as(name + " matches whole").isEqualTo(words.size());
        return m.value().codeOn(date);
    }

    @Test
    void theBundledDictionariesLoadWithoutErrors() {
        List<DictionaryCheck.Finding> errors = DictionaryCheck.check(defaults, CameoTable.standard()).stream()
                .filter(DictionaryCheck.Finding::error).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void countriesTheirAdjectivesAndCapitals() {
        assertThat(code("Venezuela", null)).isEqualTo("VEN");
        assertThat(code("Venezuelan", null)).isEqualTo("VEN");
        assertThat(code("Caracas", null)).isEqualTo("VENGOV");
    }

    @Test
    void diosdadoCabelloIsVenezuelanAndCodedByHisOfficeOfTheDay() {
        // President of the National Constituent Assembly, June 2018 to December 2020
        assertThat(code("Diosdado Cabello", LocalDate.of(2019, 5, 14))).isEqualTo("VENLEG");
        // Minister of the Interior from August 2024
        assertThat(code("Cabello", LocalDate.of(2025, 3, 1))).isEqualTo("VENGOV");
    }

    @Test
    void aPresidentIsGovernmentOnlyWhileInOffice() {
        assertThat(code("Donald Trump", LocalDate.of(2019, 5, 14))).isEqualTo("USAGOV");
        assertThat(code("Donald Trump", LocalDate.of(2022, 6, 1))).isEqualTo("USAELI"); // between terms
        assertThat(code("Trump", LocalDate.of(2025, 6, 1))).isEqualTo("USAGOV");
    }

    @Test
    void syriasLeaderChangedSidesWithTheFallOfAssad() {
        assertThat(code("Ahmed al-Sharaa", LocalDate.of(2020, 1, 1))).startsWith("SYR").isNotEqualTo("SYRGOV");
        assertThat(code("Ahmed al-Sharaa", LocalDate.of(2025, 6, 1))).isEqualTo("SYRGOV");
    }

    @Test
    void agentsAddTheirCodes() {
        assertThat(defaults.agents().index().entries()).extracting(e -> e.pattern().toString() + " " + e.value().code())
                .contains("OFFICIALS GOV", "TROOPS MIL", "LAWMAKERS LEG", "PROTESTERS CVL", "REBELS REB");
    }
}
