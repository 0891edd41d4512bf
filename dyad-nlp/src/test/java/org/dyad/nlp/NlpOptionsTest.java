package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NlpOptionsTest {

    @Test
    void parsersAreNamedAsOnTheCommandLine() {
        NlpOptions withCoref = NlpOptions.defaults().withCoref(true);

        assertThat(withCoref.withParser("pcfg")).isEqualTo(new NlpOptions(NlpOptions.PCFG, true, 120));
        assertThat(withCoref.withParser("SR")).isEqualTo(withCoref);
        assertThatThrownBy(() -> withCoref.withParser("neural")).hasMessageContaining("sr or pcfg");
    }
}
