package org.dyad.core.dictionary;

import org.dyad.core.BoundedFuzz;

/** PETRARCH verb dictionaries: any bytes load, with what cannot be used reported as problems. */
class PetrarchVerbsFuzzTest {

    @BoundedFuzz
    void anyBytesLoadOrAreReported(byte[] input) {
        AnyDictionaryText.check(VerbDictionary.readPetrarch(AnyDictionaryText.lines(input)).problems());
    }
}
