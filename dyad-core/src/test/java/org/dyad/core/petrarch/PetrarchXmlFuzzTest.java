package org.dyad.core.petrarch;

import java.nio.charset.StandardCharsets;
import org.dyad.core.BoundedFuzz;

/**
 * PETRARCH XML files are read, not trusted: any text yields sentences, options and malformed
 * records, each malformed one with a reason, and never an exception.
 */
class PetrarchXmlFuzzTest {

    @BoundedFuzz
    void anyTextIsReadRecordByRecord(byte[] input) {
        PetrarchXmlReader.Contents contents =
                PetrarchXmlReader.read("fuzz.xml", new String(input, StandardCharsets.UTF_8));
        for (PetrarchItem item : contents.items()) {
            if (item instanceof PetrarchItem.Malformed m && (m.message() == null || m.message().isBlank())) {
                throw new AssertionError("malformed record without a reason: " + m);
            }
        }
    }
}
