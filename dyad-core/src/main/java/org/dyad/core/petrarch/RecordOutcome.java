package org.dyad.core.petrarch;

import java.util.List;
import org.dyad.core.coder.CodingProblem;

/**
 * How one validation record fared: what it expected, what was coded, whether they agree.
 *
 * @param problem why the coder skipped the record, or null
 */
public record RecordOutcome(PetrarchRecord record, List<ExpectedEvent> coded, CodingProblem problem, boolean passed) {

    public RecordOutcome {
        coded = List.copyOf(coded);
    }
}
