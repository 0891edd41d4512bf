package org.dyad.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParseTreeTest {

    @Test
    void readsNestedPhrasesAndPreterminals() {
        ParseTree t = ParseTree.parse("(ROOT (S (NP (NNP Norway)) (VP (VBD condemned) (NP (NNP Sweden))) (. .)))");

        assertThat(t.label()).isEqualTo("ROOT");
        assertThat(t.isPreterminal()).isFalse();
        ParseTree s = t.children().get(0);
        assertThat(s.label()).isEqualTo("S");
        assertThat(s.children()).extracting(ParseTree::label).containsExactly("NP", "VP", ".");
        ParseTree verb = s.children().get(1).children().get(0);
        assertThat(verb.isPreterminal()).isTrue();
        assertThat(verb.label()).isEqualTo("VBD");
        assertThat(verb.word()).isEqualTo("condemned");
    }

    @Test
    void wordsComeInSentenceOrder() {
        ParseTree t = ParseTree.parse("(ROOT (S (NP (DT The) (NN minister)) (VP (VBD met) (NP (NNP Oslo))) (. .)))");

        assertThat(t.words()).containsExactly("The", "minister", "met", "Oslo", ".");
    }

    @Test
    void anEmptyRootLabelIsReadAsRoot() {
        ParseTree t = ParseTree.parse("( (S (NP (NNP Norway)) (VP (VBD protested))))");

        assertThat(t.label()).isEqualTo("ROOT");
        assertThat(t.children().get(0).label()).isEqualTo("S");
        assertThat(t.words()).containsExactly("Norway", "protested");
    }

    @Test
    void lineBreaksAndTabsBetweenPhrasesAreFree() {
        ParseTree t = ParseTree.parse("(ROOT\n\t(S\n\t\t(NP (NNP Norway))\n\t\t(VP (VBD protested))))\n");

        assertThat(t.words()).containsExactly("Norway", "protested");
    }

    @Test
    void aMissingClosingBracketIsReported() {
        assertThatThrownBy(() -> ParseTree.parse("(ROOT (S (NP (NNP Norway)) (VP (VBD protested)))"))
                .isInstanceOf(MalformedTreeException.class)
                .hasMessageContaining("missing ')'");
    }

    @Test
    void anExtraClosingBracketIsReportedWithItsPosition() {
        String text = "(ROOT (S (NP (NNP Norway)) (VP (VBD protested))))) ";
        assertThatThrownBy(() -> ParseTree.parse(text))
                .isInstanceOf(MalformedTreeException.class)
                .hasMessageContaining("more closing brackets")
                .hasMessageContaining("character " + text.lastIndexOf(')'));
    }

    @Test
    void emptyInputIsReported() {
        assertThatThrownBy(() -> ParseTree.parse("   \n "))
                .isInstanceOf(MalformedTreeException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ParseTree.parse(null))
                .isInstanceOf(MalformedTreeException.class);
    }

    @Test
    void textAfterAPhraseInsideANodeIsStray() {
        assertThatThrownBy(() -> ParseTree.parse("(ROOT (S (NP (NNP Norway)) stray (VP (VBD protested))))"))
                .isInstanceOf(MalformedTreeException.class)
                .hasMessageContaining("stray text 'stray'")
                .hasMessageContaining("inside S");
    }

    @Test
    void textBeforeTheTreeIsRejected() {
        assertThatThrownBy(() -> ParseTree.parse("Norway (ROOT (NNP Norway))"))
                .isInstanceOf(MalformedTreeException.class)
                .hasMessageContaining("expected '('");
    }

    @Test
    void aWordFollowedByAPhraseIsRejected() {
        assertThatThrownBy(() -> ParseTree.parse("(ROOT (NNP Norway (NN x)))"))
                .isInstanceOf(MalformedTreeException.class)
                .hasMessageContaining("'Norway'");
    }

    @Test
    void anEmptyPhraseIsRejected() {
        assertThatThrownBy(() -> ParseTree.parse("(ROOT (S (NP) (VP (VBD protested))))"))
                .isInstanceOf(MalformedTreeException.class)
                .hasMessageContaining("empty phrase NP");
    }

    @Test
    void toStringWritesTheTreeBackInBrackets() {
        String text = "(ROOT (S (NP (NNP Norway)) (VP (VBD protested))))";

        assertThat(ParseTree.parse(text).toString()).isEqualTo(text);
    }
}
