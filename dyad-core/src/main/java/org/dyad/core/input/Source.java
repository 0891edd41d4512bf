package org.dyad.core.input;

/**
 * Where articles come from: the name problems are reported under ({@code -} for standard input)
 * and the stem that ids of whole-file articles are made from.
 */
record Source(String name, String stem) {

    InputProblem problem(int line, String message) {
        return new InputProblem(name, line, message);
    }

    InputProblem problem(String message) {
        return new InputProblem(name, 0, message);
    }
}
