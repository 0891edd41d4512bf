package org.dyad.core.input;

import org.dyad.core.BoundedFuzz;

/** RSS and Atom feeds: any bytes read in this format become articles or problems. */
class FeedFuzzTest {

    @BoundedFuzz
    void anyBytesAreReadOrReported(byte[] input) {
        AnyBytes.read(input, InputFormat.FEED);
    }
}
