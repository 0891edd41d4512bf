package org.dyad.core.input;

import org.dyad.core.BoundedFuzz;

/** JSON lines: any bytes read in this format become articles or problems. */
class JsonLinesFuzzTest {

    @BoundedFuzz
    void anyBytesAreReadOrReported(byte[] input) {
        AnyBytes.read(input, InputFormat.JSONL);
    }
}
