package org.dyad.core.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dyad.core.SharedData;
import org.dyad.core.coder.EventCoder;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH's own validation records, coded from their trees with the PETR.Validate dictionaries.
 * The floor is the level reached; a change that codes fewer records exactly fails here.
 */
class PetrarchValidationTest {

    private static final int PASSING_RECORDS = 183;

    /** The dev records coded with the dictionaries their {@code <Environment>} names. */
    private static ValidationReport runDevRecords() {
        Path suite = SharedData.require("petrarch/text/PETR.UnitTest.dev.xml");
        Path dictionaries = SharedData.require("petrarch/dictionaries");
        PetrarchXmlReader.Contents contents = PetrarchXmlReader.read(suite);
        EventCoder coder = new EventCoder(ValidationSuite.dictionariesFor(contents.environment(), dictionaries));
        return ValidationSuite.run(contents, coder);
    }

    @Test
    void devRecordsCodeAtTheLevelReached() {
        ValidationReport report = runDevRecords();

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        report.print(new PrintStream(table, true, StandardCharsets.UTF_8), true);
        assertThat(report.malformed()).isEmpty();
        assertThat(report.total()).isEqualTo(189);
        assertThat(report.passed())
                .as("records coded exactly; the failures:%n%s", table.toString(StandardCharsets.UTF_8))
                .isGreaterThanOrEqualTo(PASSING_RECORDS);
    }

    @Test
    void errorRecordsAreSkippedWithPetrarchsReason() {
        ValidationReport report = runDevRecords();

        for (RecordOutcome o : report.outcomes()) {
            if (o.record().expectedError() != null) {
                assertThat(o.problem()).as(o.record().id()).isNotNull();
                assertThat(o.problem().kind()).as(o.record().id()).isEqualTo(o.record().expectedError());
            }
        }
    }
}
