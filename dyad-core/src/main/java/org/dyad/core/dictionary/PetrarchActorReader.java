package org.dyad.core.dictionary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TABARI/PETRARCH actor format:
 * <pre>
 * GOLLUM                         primary phrase (code optional)
 * +SMEAGOL                       synonym, shares the entry's codes
 * 	[HOB &lt; 950601]              code until a date (inclusive)
 * 	[HOBGOV 19950601 - 19990815]   code within an interval
 * 	[HOBREB &gt; 990816]            code from a date
 * 	[HOB]                          unrestricted code
 * </pre>
 * Dates are YYYYMMDD or YYMMDD (00-30 read as 20YY, as TABARI did).
 */
final class PetrarchActorReader {

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    private PetrarchActorReader() {
    }

    static void read(List<DictionaryLine> lines, PhraseIndex.Builder<Actor> out, List<DictionaryProblem> problems) {
        Pending pending = null;
        for (DictionaryLine line : lines) {
            String text = line.text();
            if (text.contains("---STOP---")) {
                break;
            }
            try {
                if (Character.isWhitespace(text.charAt(0)) && text.strip().startsWith("[")) {
                    if (pending == null) {
                        problems.add(line.problem("code line before any actor"));
                        continue;
                    }
                    pending.codes.add(parseCode(line, text.strip()));
                } else if (text.startsWith("+")) {
                    if (pending == null) {
                        problems.add(line.problem("synonym before any actor"));
                        continue;
                    }
                    String phrase = text.substring(1).split(";", 2)[0];
                    phrase = stripCode(phrase, pending, line);
                    if (!phrase.isBlank()) {
                        pending.phrases.add(NounPattern.parse(phrase));
                    }
                } else {
                    if (pending != null) {
                        pending.store(out);
                    }
                    pending = new Pending(line);
                    String phrase = stripCode(text.split(";", 2)[0], pending, line);
                    if (phrase.isBlank()) {
                        problems.add(line.problem("actor line without a phrase"));
                        pending = null;
                        continue;
                    }
                    pending.name = phrase.strip();
                    pending.phrases.add(NounPattern.parse(phrase));
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(line.problem(e.getMessage() == null ? "unreadable line" : e.getMessage()));
            }
        }
        if (pending != null) {
            pending.store(out);
        }
    }

    /** Removes a bracketed code from a phrase line, adding it to the entry. */
    private static String stripCode(String phrase, Pending pending, DictionaryLine line) {
        int open = phrase.indexOf('[');
        if (open < 0) {
            return phrase;
        }
        pending.codes.add(parseCode(line, phrase.substring(open).strip()));
        return phrase.substring(0, open);
    }

    static DatedCode parseCode(DictionaryLine line, String bracketed) {
        Matcher m = CODE.matcher(bracketed);
        if (!m.find()) {
            throw new IllegalArgumentException("missing ']' in code");
        }
        String inner = m.group(1).strip();
        if (inner.isEmpty()) {
            throw new IllegalArgumentException("empty code");
        }
        String[] parts = inner.split("\\s+", 2);
        String code = parts[0];
        int lt = code.indexOf('<');
        int gt = code.indexOf('>');
        String rest;
        if (lt > 0 || gt > 0) { // "[RHO<790606]" without a blank
            int cut = lt > 0 ? lt : gt;
            rest = code.substring(cut) + (parts.length > 1 ? parts[1] : "");
            code = code.substring(0, cut);
        } else {
            rest = parts.length > 1 ? parts[1].strip() : "";
        }
        if (rest.isEmpty()) {
            return DatedCode.always(code);
        }
        if (rest.startsWith("<")) {
            return new DatedCode(code, null, date(rest.substring(1)));
        }
        if (rest.startsWith(">")) {
            return new DatedCode(code, date(rest.substring(1)), null);
        }
        int dash = rest.indexOf('-');
        if (dash > 0) {
            LocalDate from = date(rest.substring(0, dash));
            LocalDate to = date(rest.substring(dash + 1));
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("date interval ends before it starts");
            }
            return new DatedCode(code, from, to);
        }
        throw new IllegalArgumentException("cannot read date restriction '" + rest + "'");
    }

    static LocalDate date(String s) {
        String d = s.strip();
        int end = 0;
        while (end < d.length() && Character.isDigit(d.charAt(end))) {
            end++;
        }
        d = d.substring(0, end);
        int year;
        int month;
        int day;
        if (d.length() == 8) {
            year = Integer.parseInt(d.substring(0, 4));
            month = Integer.parseInt(d.substring(4, 6));
            day = Integer.parseInt(d.substring(6, 8));
        } else if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            month = Integer.parseInt(d.substring(2, 4));
            day = Integer.parseInt(d.substring(4, 6));
        } else {
            throw new IllegalArgumentException("date '" + s.strip() + "' is neither YYYYMMDD nor YYMMDD");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("invalid date '" + s.strip() + "'");
        }
    }

    private static final class Pending {
        final DictionaryLine line;
        final List<NounPattern> phrases = new ArrayList<>(2);
        final List<DatedCode> codes = new ArrayList<>(2);
        String name;

        Pending(DictionaryLine line) {
            this.line = line;
        }

        void store(PhraseIndex.Builder<Actor> out) {
            Actor actor = new Actor(name, codes, line.file() + ":" + line.number());
            for (NounPattern p : phrases) {
                out.add(p, actor);
            }
        }
    }
}
