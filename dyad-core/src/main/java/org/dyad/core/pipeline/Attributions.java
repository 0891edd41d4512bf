package org.dyad.core.pipeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.model.Attribution;

/**
 * Finds who a sentence rests its report on, in the forms wire copy uses: "according to X",
 * "..., X said.", "..., said X.", "X said (that) ...". A source is anonymous when the sentence
 * says so ("on condition of anonymity", "asked not to be named") or when a role noun heads the
 * phrase, so that no one is named ("a senior Trump administration official", "Western
 * diplomats"; "spokesman Ned Price" is named).
 */
public final class Attributions {

    private static final String REPORTING = "said|says|told\\s+\\S+|added|stated|reported|noted|confirmed|insisted|"
            + "warned|explained|announced|wrote|tweeted";
    /** Words that cannot be inside a source phrase: a reporting clause of a dozen words at most. */
    private static final String SOURCE = "([^,;:\"“”]{2,90}?)";
    private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to\\s+([^,;.\"“”]{2,90})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile(",[\"”'’\\s]*" + SOURCE + "\\s+(?:" + REPORTING
            + ")\\b[^,;]*[.!?]?[\"”']?\\s*$");
    /** ", said Ingrid Berg, a ministry spokeswoman.": a name may carry an apposition. */
    private static final Pattern TRAILING_INVERTED = Pattern.compile(",[\"”'’\\s]*(?:" + REPORTING + ")\\s+"
            + "(" + SOURCE + "(?:,\\s*" + SOURCE + ")?)[.!?]?[\"”']?\\s*$");
    private static final Pattern LEADING = Pattern.compile("^" + SOURCE + "\\s+(?:" + REPORTING + ")\\s+(?:that\\s+)?"
            + "\\S+\\s+\\S+\\s+\\S+");
    private static final Pattern ANONYMITY = Pattern.compile("condition of anonymity|not to be (named|identified)"
            + "|declined to be (named|identified)|speaking anonymously|were not authori[sz]ed to", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ROLE_NOUNS = Set.of("official", "officials", "source", "sources", "diplomat",
            "diplomats", "person", "people", "aide", "aides", "insider", "insiders", "spokesman", "spokeswoman",
            "spokesperson", "adviser", "advisers", "advisor", "advisors", "officer", "officers", "member", "members",
            "lawmaker", "lawmakers", "minister", "ministers", "analyst", "analysts", "witness", "witnesses",
            "resident", "residents", "report", "reports");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you");

    private Attributions() {
    }

    /**
     * The source of the sentence's report, or null when it names none.
     *
     * @param coder  the actor code of a phrase's upper-case words at a date, or null
     */
    public static Attribution find(String sentence, LocalDate date,
                                   BiFunction<List<String>, LocalDate, String> coder) {
        String text = sentence.strip();
        String source = null;
        Matcher m = ACCORDING_TO.matcher(text);
        if (m.find()) {
            source = m.group(1);
        } else if ((m = TRAILING_INVERTED.matcher(text)).find() || (m = TRAILING.matcher(text)).find()
                || (m = LEADING.matcher(text)).find()) {
            source = m.group(1);
        }
        if (source == null) {
            return null;
        }
        source = source.strip().replaceAll("[.!?\"”']+$", "");
        if (source.isEmpty() || source.split("\\s+").length > 12) {
            return null;
        }
        List<String> words = Arrays.stream(source.split("\\s+")).map(w -> w.toUpperCase(Locale.ROOT)).toList();
        String code = coder.apply(words, date);
        boolean pronoun = words.size() == 1 && PRONOUNS.contains(source.toLowerCase(Locale.ROOT));
        boolean anonymous = ANONYMITY.matcher(text).find() || (!pronoun && ROLE_NOUNS.contains(lastWord(source)));
        return new Attribution(source, code, anonymous, false);
    }

    /**
     * The source an article first names that is not a bare pronoun, standing for the sentences
     * that name none; null when the article names none.
     *
     * @param named     each sentence's own source (from {@link #find}), null where it names none
     * @param sentences the sentences, for a word on anonymity anywhere in the article
     */
    public static Attribution ofArticle(List<Attribution> named, List<String> sentences) {
        for (Attribution a : named) {
            if (a != null && !PRONOUNS.contains(a.text().toLowerCase(Locale.ROOT))) {
                return a.forArticle(a.anonymous() || sentences.stream().anyMatch(x -> ANONYMITY.matcher(x).find()));
            }
        }
        return null;
    }

    /** The head of the phrase: its last word, before any apposition. */
    private static String lastWord(String phrase) {
        String[] w = phrase.split(",", 2)[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
        return w[w.length - 1];
    }
}
