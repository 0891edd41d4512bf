package org.dyad.core.dictionary;

import org.dyad.core.BoundedFuzz;

/** PETRARCH issue dictionaries: any bytes load, with what cannot be used reported as problems. */
class PetrarchIssuesFuzzTest {

    @BoundedFuzz
    void anyBytesLoadOrAreReported(byte[] input) {
        AnyDictionaryText.check(IssueDictionary.readPetrarch(AnyDictionaryText.lines(input)).problems());
    }
}
