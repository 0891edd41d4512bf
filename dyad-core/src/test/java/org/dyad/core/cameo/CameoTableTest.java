package org.dyad.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CameoTableTest {

    private final CameoTable table = CameoTable.standard();

    @Test
    void allTwentyRootsArePresentAsTheirOwnRoot() {
        IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("%02d", n)).forEach(root ->
                assertThat(table.lookup(root)).as(root).hasValueSatisfying(c -> assertThat(c.rootCode()).isEqualTo(root)));
    }

    @Test
    void makeStatementIsNeutralVerbalCooperation() {
        assertThat(table.lookup("010")).hasValueSatisfying(c -> {
            assertThat(c.rootCode()).isEqualTo("01");
            assertThat(c.quadClass()).isEqualTo(1);
            assertThat(c.goldstein()).isEqualTo(0.0);
        });
    }

    @Test
    void conventionalMilitaryForceIsMostConflictualMaterialConflict() {
        assertThat(table.lookup("190")).hasValueSatisfying(c -> {
            assertThat(c.quadClass()).isEqualTo(4);
            assertThat(c.goldstein()).isEqualTo(-10.0);
        });
    }

    @Test
    void fourDigitSubCodesAreIncluded() {
        assertThat(table.lookup("0211")).hasValueSatisfying(c -> assertThat(c.rootCode()).isEqualTo("02"));
    }

    @Test
    void quadClassFollowsRootBoundaries() {
        assertThat(CameoTable.quadClassOfRoot("05")).isEqualTo(1);
        assertThat(CameoTable.quadClassOfRoot("06")).isEqualTo(2);
        assertThat(CameoTable.quadClassOfRoot("08")).isEqualTo(2);
        assertThat(CameoTable.quadClassOfRoot("09")).isEqualTo(3);
        assertThat(CameoTable.quadClassOfRoot("13")).isEqualTo(3);
        assertThat(CameoTable.quadClassOfRoot("14")).isEqualTo(4);
        assertThat(CameoTable.quadClassOfRoot("20")).isEqualTo(4);
        assertThat(CameoTable.quadClassOfRoot("00")).isZero();
        assertThat(CameoTable.quadClassOfRoot("21")).isZero();
        assertThat(CameoTable.quadClassOfRoot("--")).isZero();
    }

    @Test
    void everyCodeHasAKnownRootAndABoundedGoldsteinScore() {
        assertThat(table.codes()).isNotEmpty().allSatisfy(c -> {
            assertThat(table.isKnown(c.rootCode())).as(c.code()).isTrue();
            assertThat(c.quadClass()).as(c.code()).isEqualTo(CameoTable.quadClassOfRoot(c.rootCode()));
            assertThat(c.goldstein()).as(c.code()).isBetween(-10.0, 10.0);
        });
    }

    @Test
    void ploverHasExactEntries() {
        assertThat(table.plover("190")).contains(new PloverCategory("ASSAULT", "", "military"));
    }

    @Test
    void ploverFallsBackToParentThenRoot() {
        // 0875 and 089 are CAMEO-shaped but absent from both tables.
        assertThat(table.plover("0875")).isEqualTo(table.plover("087"))
                .contains(new PloverCategory("RETREAT", "disarm", "military"));
        assertThat(table.plover("089")).contains(new PloverCategory("CONCEDE", "", ""));
        // The 2021 conversion table has no PLOVER equivalent anywhere under root 02.
        assertThat(table.plover("0211")).isEmpty();
    }

    @Test
    void unknownCodesAreAbsentNotErrors() {
        assertThat(table.lookup("174K")).isEmpty();
        assertThat(table.isKnown("174K")).isFalse();
        assertThat(table.plover("174K")).isEmpty();
        assertThat(table.lookup("---")).isEmpty();
        assertThat(table.lookup(null)).isEmpty();
    }

    @Test
    void rootOfOnlyAcceptsNumericCodes() {
        assertThat(CameoTable.rootOf("0211")).isEqualTo("02");
        assertThat(CameoTable.rootOf("190")).isEqualTo("19");
        assertThat(CameoTable.rootOf("---")).isEmpty();
        assertThat(CameoTable.rootOf("174K")).isEmpty();
    }
}
