package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Event;

/**
 * Where in an article's text a part of an event is written: its sentence, source and target
 * actors, verb and attributed source. The article view highlights these.
 *
 * <p>The coder hands phrases over as PETRARCH does, in upper case with punctuation dropped
 * ("TRUMP IN THE MEANTIME" for "Trump, in the meantime,"), so a phrase is found in its sentence
 * word by word, case ignored, any non-word characters between the words. A phrase that is not
 * found whole is looked for without its leading words, since its head comes last in English noun
 * phrases; a part that cannot be found has no span rather than a wrong one.
 *
 * @param role  sentence, source, target, verb or attribution
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 */
public record TextSpan(String eventId, String role, int start, int end) {

    /** The spans of one event in the text of its article, the sentence first. */
    public static List<TextSpan> of(String articleText, Event e) {
        List<TextSpan> out = new ArrayList<>();
        if (e.sentence() == null || articleText == null) {
            return out;
        }
        int exact = articleText.indexOf(e.sentence());
        int[] sentence = exact >= 0 ? new int[] {exact, exact + e.sentence().length()}
                : find(articleText, e.sentence(), 0, articleText.length(), false);
        if (sentence == null) {
            return out;
        }
        out.add(new TextSpan(e.id(), "sentence", sentence[0], sentence[1]));
        add(out, e.id(), "source", articleText, actorText(e.source()), sentence, true);
        add(out, e.id(), "target", articleText, actorText(e.target()), sentence, true);
        add(out, e.id(), "verb", articleText, e.evidence() == null ? null : e.evidence().verb(), sentence, true);
        if (e.attribution() != null && !e.attribution().fromArticle()) {
            add(out, e.id(), "attribution", articleText, e.attribution().text(), sentence, true);
        }
        return out;
    }

    private static String actorText(ActorRef a) {
        return a == null ? null : a.text();
    }

    private static void add(List<TextSpan> out, String id, String role, String text, String phrase, int[] within,
                            boolean trimLeading) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        int[] at = find(text, phrase, within[0], within[1], trimLeading);
        if (at != null) {
            out.add(new TextSpan(id, role, at[0], at[1]));
        }
    }

    private static int[] find(String text, String phrase, int from, int to, boolean trimLeading) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        int first = 0;
        do {
            if (first >= kept.size()) {
                return null;
            }
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
            for (int i = first; i < kept.size(); i++) {
                if (i > first) {
                    regex.append("[^\\p{L}\\p{N}]+");
                }
                regex.append(Pattern.quote(kept.get(i)));
            }
            regex.append("(?![\\p{L}\\p{N}])");
            Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text).region(from, to);
            if (m.find()) {
                return new int[] {m.start(), m.end()};
            }
            first++;
        } while (trimLeading);
        return null;
    }
}
