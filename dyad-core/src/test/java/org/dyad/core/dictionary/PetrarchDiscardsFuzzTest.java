package org.dyad.core.dictionary;

import org.dyad.core.BoundedFuzz;

/** PETRARCH discard lists: any bytes load, with what cannot be used reported as problems. */
class PetrarchDiscardsFuzzTest {

    @BoundedFuzz
    void anyBytesLoadOrAreReported(byte[] input) {
        AnyDictionaryText.check(DiscardList.readPetrarch(AnyDictionaryText.lines(input)).problems());
    }
}
