package org.dyad.core.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Penn Treebank constituency tree. A preterminal carries its word; a phrase carries children.
 * Pre-parsed PETRARCH input and CoreNLP output both arrive as this value, so the coder never sees
 * a parser's own types.
 */
public record ParseTree(String label, String word, List<ParseTree> children) {

    public ParseTree {
        Objects.requireNonNull(label, "label");
        children = List.copyOf(children);
    }

    public static ParseTree leaf(String label, String word) {
        return new ParseTree(label, word, List.of());
    }

    public static ParseTree node(String label, List<ParseTree> children) {
        return new ParseTree(label, null, children);
    }

    public boolean isPreterminal() {
        return word != null;
    }

    /** The words under this node, in sentence order. */
    public List<String> words() {
        List<String> out = new ArrayList<>();
        collectWords(this, out);
        return out;
    }

    private static void collectWords(ParseTree t, List<String> out) {
        if (t.word != null) {
            out.add(t.word);
        }
        for (ParseTree c : t.children) {
            collectWords(c, out);
        }
    }

    /**
     * Reads one bracketed tree. Whitespace and line breaks are free; a word may contain any
     * character but blanks and brackets. Tabs and the indentation styles of PETRARCH's files are
     * accepted as they are.
     *
     * @throws MalformedTreeException naming what is wrong and where
     */
    public static ParseTree parse(String text) {
        return new Reader(text).read();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        sb.append('(').append(label);
        if (word != null) {
            sb.append(' ').append(word);
        }
        for (ParseTree c : children) {
            sb.append(' ');
            c.append(sb);
        }
        sb.append(')');
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s == null ? "" : s;
        }

        ParseTree read() {
            skipBlanks();
            if (pos >= s.length()) {
                throw new MalformedTreeException("empty parse tree");
            }
            ParseTree t = readNode(0);
            skipBlanks();
            if (pos < s.length()) {
                throw new MalformedTreeException("text after the end of the tree at character " + pos
                        + ": '" + excerpt() + "' (more closing brackets than opening ones?)");
            }
            return t;
        }

        private ParseTree readNode(int depth) {
            if (depth > 500) {
                throw new MalformedTreeException("tree nested deeper than 500 levels");
            }
            expect('(');
            skipBlanks();
            String label = token();
            if (label.isEmpty()) {
                // Some writers emit "( (S ...))" with an empty root label.
                label = "ROOT";
            }
            List<ParseTree> kids = new ArrayList<>();
            String word = null;
            while (true) {
                skipBlanks();
                if (pos >= s.length()) {
                    throw new MalformedTreeException("unbalanced tree: " + label
                            + " is never closed (missing ')')");
                }
                char c = s.charAt(pos);
                if (c == ')') {
                    pos++;
                    break;
                }
                if (c == '(') {
                    if (word != null) {
                        throw new MalformedTreeException("word '" + word + "' and a phrase under " + label);
                    }
                    kids.add(readNode(depth + 1));
                } else {
                    String w = token();
                    if (!kids.isEmpty() || word != null) {
                        throw new MalformedTreeException("stray text '" + w + "' inside " + label);
                    }
                    word = w;
                }
            }
            if (word == null && kids.isEmpty()) {
                throw new MalformedTreeException("empty phrase " + label);
            }
            return new ParseTree(label, word, kids);
        }

        private String token() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                    break;
                }
                pos++;
            }
            return s.substring(start, pos);
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new MalformedTreeException("expected '" + c + "' at character " + pos + ": '" + excerpt() + "'");
            }
            pos++;
        }

        private void skipBlanks() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private String excerpt() {
            int end = Math.min(s.length(), pos + 30);
            return s.substring(Math.min(pos, s.length()), end);
        }
    }
}
