package org.dyad.core.coder;

import java.util.List;
import java.util.Map;

/**
 * What coding one sentence gave: its events, or the problem that stopped it, and the issue codes
 * found in its text.
 */
public record CodingResult(List<CodedEvent> events, CodingProblem problem, Map<String, Integer> issues) {

    public CodingResult {
        events = List.copyOf(events);
        issues = Map.copyOf(issues);
    }

    static CodingResult failed(String kind, String message) {
        return new CodingResult(List.of(), new CodingProblem(kind, message), Map.of());
    }

    public boolean skipped() {
        return problem != null;
    }
}
