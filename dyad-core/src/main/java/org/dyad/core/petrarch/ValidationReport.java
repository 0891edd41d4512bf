package org.dyad.core.petrarch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The outcome of a validation suite: per record, per category, and the records that could not be read. */
public record ValidationReport(List<RecordOutcome> outcomes, List<PetrarchItem.Malformed> malformed) {

    public ValidationReport {
        outcomes = List.copyOf(outcomes);
        malformed = List.copyOf(malformed);
    }

    public long passed() {
        return outcomes.stream().filter(RecordOutcome::passed).count();
    }

    public int total() {
        return outcomes.size();
    }

    /** Records the suite's Include list selects. */
    public List<RecordOutcome> active() {
        return outcomes.stream().filter(o -> o.record().active()).toList();
    }

    public double passRate() {
        return outcomes.isEmpty() ? 0 : (double) passed() / outcomes.size();
    }

    public void print(PrintStream out, boolean showFailures) {
        Map<String, int[]> byCategory = new TreeMap<>();
        for (RecordOutcome o : outcomes) {
            int[] c = byCategory.computeIfAbsent(o.record().category().isEmpty() ? "-" : o.record().category(),
                    k -> new int[2]);
            c[1]++;
            if (o.passed()) {
                c[0]++;
            }
        }
        out.printf("%-12s %7s %7s %7s%n", "category", "passed", "total", "rate");
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            int[] c = e.getValue();
            out.printf("%-12s %7d %7d %6.1f%%%n", e.getKey(), c[0], c[1], 100.0 * c[0] / c[1]);
        }
        long activePassed = active().stream().filter(RecordOutcome::passed).count();
        out.printf("%-12s %7d %7d %6.1f%%%n", "all", passed(), total(), 100.0 * passRate());
        out.printf("%-12s %7d %7d %6.1f%%%n", "active", activePassed, active().size(),
                active().isEmpty() ? 0.0 : 100.0 * activePassed / active().size());
        for (PetrarchItem.Malformed m : malformed) {
            out.printf("unreadable record %s at %s:%d: %s%n", m.id(), m.file(), m.line(), m.message());
        }
        if (showFailures) {
            List<RecordOutcome> failed = new ArrayList<>();
            outcomes.stream().filter(o -> !o.passed()).forEach(failed::add);
            for (RecordOutcome o : failed) {
                out.printf("%nFAILED %s [%s] %s:%d%n  %s%n", o.record().id(), o.record().category(),
                        o.record().file(), o.record().line(), o.record().text());
                out.printf("  expected: %s%n", o.record().expectedError() != null
                        ? "error " + o.record().expectedError() : o.record().expected());
                out.printf("  coded:    %s%s%n", o.coded(),
                        o.problem() == null ? "" : " (skipped: " + o.problem().kind() + ", " + o.problem().message() + ")");
            }
        }
    }
}
