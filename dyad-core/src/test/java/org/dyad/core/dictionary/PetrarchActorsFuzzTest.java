package org.dyad.core.dictionary;

import org.dyad.core.BoundedFuzz;

/** PETRARCH actor dictionaries: any bytes load, with what cannot be used reported as problems. */
class PetrarchActorsFuzzTest {

    @BoundedFuzz
    void anyBytesLoadOrAreReported(byte[] input) {
        AnyDictionaryText.check(ActorDictionary.fromLines(AnyDictionaryText.lines(input)).problems());
    }
}
