package org.dyad.core.dictionary;

import java.nio.charset.StandardCharsets;
import org.dyad.core.BoundedFuzz;

/** dyad's YAML dictionaries: any text loads, with what cannot be used reported as problems. */
class DyadDictionaryFuzzTest {

    @BoundedFuzz
    void anyTextLoadsOrIsReported(byte[] input) {
        DyadDictionaryReader.Collected collected = new DyadDictionaryReader.Collected();
        DyadDictionaryReader.read("fuzz.yml", new String(input, StandardCharsets.UTF_8), collected);
        AnyDictionaryText.check(collected.build().problems());
    }
}
