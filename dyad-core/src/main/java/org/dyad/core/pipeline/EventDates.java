package org.dyad.core.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.core.model.TimeExpression;

/**
 * When a sentence's event happened: the date its time expression names ("last month" in an
 * article of 2019-05-14 is 2019-04, "in February" 2019-02), at the precision it has, else the
 * article's date. News dates events by the text, not by publication: GDELT's day-of-publication
 * dating is one of the field's known faults.
 */
public final class EventDates {

    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private EventDates() {
    }

    /**
     * The first calendar date among the sentence's time expressions (a year, a month or a day,
     * not a duration, a time of day or "now"), else the article date; null when neither exists.
     */
    public static String of(List<TimeExpression> times, LocalDate articleDate) {
        for (TimeExpression t : times) {
            if ("DATE".equals(t.type()) && t.value() != null && CALENDAR.matcher(t.value()).matches()) {
                return t.value();
            }
        }
        return articleDate == null ? null : articleDate.toString();
    }

    /**
     * Whether an event dated by its sentence lies after the article's date at the event date's
     * precision: "will meet next week" or "talks in June" written in May are still to come, even
     * when no auxiliary says so.
     */
    public static boolean after(String eventDate, LocalDate articleDate) {
        if (eventDate == null || articleDate == null) {
            return false;
        }
        String published = articleDate.toString();
        return eventDate.compareTo(published.substring(0, Math.min(eventDate.length(), published.length()))) > 0;
    }
}
