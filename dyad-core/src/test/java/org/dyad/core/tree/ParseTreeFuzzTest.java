package org.dyad.core.tree;

import java.nio.charset.StandardCharsets;
import org.dyad.core.BoundedFuzz;

/** Penn Treebank strings come from files dyad did not write: any text is a tree or a MalformedTreeException. */
class ParseTreeFuzzTest {

    @BoundedFuzz
    void anyTextIsATreeOrMalformed(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            ParseTree tree = ParseTree.parse(text);
            // what was read must print back as a tree that reads the same
            if (!ParseTree.parse(tree.toString()).equals(tree)) {
                throw new AssertionError("tree does not survive printing: " + tree);
            }
        } catch (MalformedTreeException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("malformed tree without a reason", e);
            }
        }
    }
}
