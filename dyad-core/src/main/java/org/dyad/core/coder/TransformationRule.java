package org.dyad.core.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.dictionary.Transformation;
import org.dyad.core.dictionary.VerbDictionary;
import org.dyad.core.dictionary.VerbForm;

/**
 * A transformation with its verb names resolved to verb classes. A transformation names verbs
 * (SAY, ATTACK); it applies to every verb of the block that verb belongs to, as PETRARCH2's
 * verb "meanings" did. Q stands for any verb.
 */
record TransformationRule(Transformation rule, String outerClass, String innerClass, VerbDictionary verbs) {

    static List<TransformationRule> resolve(VerbDictionary verbs) {
        List<TransformationRule> out = new ArrayList<>();
        for (Transformation t : verbs.transformations()) {
            String outer = classOf(verbs, t.outerVerb());
            String inner = t.innerVerb().equals("Q") ? "Q" : classOf(verbs, t.innerVerb());
            if (outer != null && inner != null) {
                out.add(new TransformationRule(t, outer, inner, verbs));
            }
        }
        return out;
    }

    private static String classOf(VerbDictionary verbs, String verb) {
        VerbForm f = verbs.form(verb);
        if (f != null && f.primary() != null) {
            return verbs.verbClass().get(f.primary());
        }
        return verbs.verbClass().containsValue(verb) ? verb : null;
    }

    boolean outerMatches(String primary) {
        return outerClass.equals(verbs.verbClass().get(primary));
    }

    boolean innerMatches(String primary) {
        return innerClass.equals("Q") || innerClass.equals(verbs.verbClass().get(primary));
    }

    String text() {
        Transformation t = rule;
        return "~ " + t.outerSource() + " (" + t.innerSource() + " " + t.innerTarget() + " " + t.innerVerb() + ") "
                + t.outerVerb() + " = " + t.resultSource() + " " + t.resultTarget() + " " + t.resultCode();
    }

    String source() {
        return rule.source();
    }
}
