package org.dyad.core.input;

import org.dyad.core.BoundedFuzz;

/** Web pages are untrusted: any bytes read as HTML become articles or problems. */
class HtmlFuzzTest {

    @BoundedFuzz
    void anyBytesAreReadOrReported(byte[] input) {
        AnyBytes.read(input, InputFormat.HTML);
    }
}
