package org.dyad.core.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as inputs write them. A date-time gives the date as written, in the offset it
 * was written in: that is the day the outlet published on, which is what a reader of the article
 * would call its date.
 */
final class PublicationDates {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");

    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            written("MMMM d, uuuu"),
            written("MMM d, uuuu"),
            written("d MMMM uuuu"),
            written("d MMM uuuu"),
            written("EEEE, MMMM d, uuuu"),
            written("EEEE, d MMMM uuuu"));

    private PublicationDates() {
    }

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The forms documented for JSON lines: {@code YYYY-MM-DD}, an ISO 8601 date-time (with or
     * without offset or zone) and {@code YYYYMMDD}.
     *
     * @return the date, or null when the value is none of these or no real day
     */
    static LocalDate strict(String value) {
        String v = value.strip();
        try {
            if (ISO_DATE.matcher(v).matches()) {
                return LocalDate.parse(v);
            }
            if (BASIC_DATE.matcher(v).matches()) {
                return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(v));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Anything a web page or feed may carry: the strict forms, e-mail style dates, written English
     * dates, and any value that starts with year, month and day.
     *
     * @return the date, or null when none can be made out
     */
    static LocalDate lenient(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        LocalDate date = strict(v);
        if (date != null) {
            return date;
        }
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return LocalDate.from(format.parse(v));
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        Matcher m = LEADING_DATE.matcher(v);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
