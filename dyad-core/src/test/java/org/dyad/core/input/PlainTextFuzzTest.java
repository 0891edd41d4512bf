package org.dyad.core.input;

import org.dyad.core.BoundedFuzz;

/** Plain text files: any bytes read in this format become articles or problems. */
class PlainTextFuzzTest {

    @BoundedFuzz
    void anyBytesAreReadOrReported(byte[] input) {
        AnyBytes.read(input, InputFormat.TEXT);
    }
}
