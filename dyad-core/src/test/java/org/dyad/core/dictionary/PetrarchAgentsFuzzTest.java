package org.dyad.core.dictionary;

import org.dyad.core.BoundedFuzz;

/** PETRARCH agent dictionaries: any bytes load, with what cannot be used reported as problems. */
class PetrarchAgentsFuzzTest {

    @BoundedFuzz
    void anyBytesLoadOrAreReported(byte[] input) {
        AnyDictionaryText.check(AgentDictionary.readPetrarch(AnyDictionaryText.lines(input)).problems());
    }
}
