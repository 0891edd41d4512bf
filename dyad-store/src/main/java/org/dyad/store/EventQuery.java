package org.dyad.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which stored events a question is about. Every field is optional; absent fields do not filter.
 * Actor codes match by prefix on the CAMEO convention that a code's first three letters are the
 * country or organisation and the following blocks its agents, so {@code actor=USA} takes
 * USAGOV and USAMIL too, and {@code code=04} takes every consultation.
 *
 * @param actor    code prefix of the source or the target
 * @param source   code prefix of the source
 * @param target   code prefix of the target
 * @param country  ISO 3166-1 alpha-3 country (or organisation root) of the source or the target
 * @param agent    agent code (GOV, MIL, REB...) of the source or the target
 * @param code     CAMEO event code prefix
 * @param roots    CAMEO root codes (two digits), any of
 * @param quadClasses QuadClasses 1-4, any of
 * @param modalities asserted, negated, hypothetical, future, any of
 * @param from     first day, inclusive: an event dated to a month or a year counts from its first day
 * @param to       last day, inclusive
 * @param text     words the sentence contains, case ignored
 * @param articleId one article's events
 */
public record EventQuery(String actor, String source, String target, String country, String agent, String code,
                         List<String> roots, List<Integer> quadClasses, List<String> modalities,
                         LocalDate from, LocalDate to, String text, String articleId) {

    public static final Set<String> MODALITIES = Set.of("asserted", "negated", "hypothetical", "future");

    /** The parameter names {@link #parse} reads, as the REST API and the command line take them. */
    public static final Set<String> PARAMETERS = Set.of("actor", "source", "target", "country", "agent", "code",
            "root", "quad_class", "modality", "from", "to", "q", "article");

    private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z0-9-]{1,30}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z0-9]{3}");
    private static final Pattern AGENT = Pattern.compile("[A-Z0-9]{3}");
    private static final Pattern EVENT_CODE = Pattern.compile("[0-9]{1,4}");
    private static final Pattern ROOT = Pattern.compile("(0[1-9]|1[0-9]|20)");
    private static final String ACTOR_SHAPE = "an actor code or its first letters (USA, USAGOV)";
    private static final int MAX_TEXT = 200;

    public EventQuery {
        roots = roots == null ? List.of() : List.copyOf(roots);
        quadClasses = quadClasses == null ? List.of() : List.copyOf(quadClasses);
        modalities = modalities == null ? List.of() : List.copyOf(modalities);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Every stored event. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads a query from request or command-line parameters, each checked: a value that is not a
     * code, a date or a known name is refused with a message that names the parameter, so a typo
     * is an error, not an empty answer. Lists are comma-separated or repeated.
     *
     * @param allowed names besides {@link #PARAMETERS} that the caller reads itself (paging, sorting)
     */
    public static EventQuery parse(Map<String, List<String>> parameters, Set<String> allowed) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name) && !allowed.contains(name)) {
                throw new InvalidQueryException("unknown parameter '" + name + "'");
            }
        }
        return new EventQuery(
                code(parameters, "actor", ACTOR_CODE, ACTOR_SHAPE), code(parameters, "source", ACTOR_CODE, ACTOR_SHAPE),
                code(parameters, "target", ACTOR_CODE, ACTOR_SHAPE),
                code(parameters, "country", COUNTRY, "three letters, ISO 3166-1 alpha-3 or an organisation root"),
                code(parameters, "agent", AGENT, "a three-letter agent code such as GOV or MIL"),
                code(parameters, "code", EVENT_CODE, "a CAMEO event code or its first digits"),
                list(parameters, "root").stream().map(v -> checked("root", v, ROOT, "a CAMEO root code, 01 to 20"))
                        .toList(),
                list(parameters, "quad_class").stream().map(EventQuery::quadClass).toList(),
                list(parameters, "modality").stream().map(EventQuery::modality).toList(),
                date(parameters, "from"), date(parameters, "to"), text(parameters), single(parameters, "article"));
    }

    /** The single value of a parameter, or null; a parameter given twice is refused. */
    public static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidQueryException("parameter '" + name + "' given " + values.size() + " times");
        }
        if (values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    private static List<String> list(Map<String, List<String>> parameters, String name) {
        List<String> out = new ArrayList<>();
        for (String v : parameters.getOrDefault(name, List.of())) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static String code(Map<String, List<String>> parameters, String name, Pattern shape, String expected) {
        String v = single(parameters, name);
        return v == null ? null : checked(name, v.toUpperCase(Locale.ROOT), shape, expected);
    }

    private static String checked(String name, String value, Pattern shape, String expected) {
        if (!shape.matcher(value).matches()) {
            throw new InvalidQueryException("parameter '" + name + "': '" + shortened(value) + "' is not " + expected);
        }
        return value;
    }

    private static Integer quadClass(String v) {
        return switch (v) {
            case "1", "2", "3", "4" -> Integer.valueOf(v);
            default -> throw new InvalidQueryException("parameter 'quad_class': '" + shortened(v)
                    + "' is not a QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                    + "4 material conflict)");
        };
    }

    private static String modality(String v) {
        String m = v.toLowerCase(Locale.ROOT);
        if (!MODALITIES.contains(m)) {
            throw new InvalidQueryException("parameter 'modality': '" + shortened(v)
                    + "' is not one of asserted, negated, hypothetical, future");
        }
        return m;
    }

    private static LocalDate date(Map<String, List<String>> parameters, String name) {
        String v = single(parameters, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("parameter '" + name + "': '" + shortened(v)
                    + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String text(Map<String, List<String>> parameters) {
        String v = single(parameters, "q");
        if (v != null && v.length() > MAX_TEXT) {
            throw new InvalidQueryException("parameter 'q' is longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

    /** Echoes of user input are cut short so an error message stays a message. */
    static String shortened(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...";
    }

    /** The SQL condition that selects these events from {@code events}, with its parameters. */
    Sql where() {
        List<String> terms = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (actor != null) {
            terms.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))");
            params.add(actor);
            params.add(actor);
        }
        if (source != null) {
            terms.add("starts_with(source_code, ?)");
            params.add(source);
        }
        if (target != null) {
            terms.add("starts_with(target_code, ?)");
            params.add(target);
        }
        if (country != null) {
            terms.add("(source_country = ? OR target_country = ?)");
            params.add(country);
            params.add(country);
        }
        if (agent != null) {
            terms.add("(list_contains(source_agents, ?) OR list_contains(target_agents, ?))");
            params.add(agent);
            params.add(agent);
        }
        if (code != null) {
            terms.add("starts_with(code, ?)");
            params.add(code);
        }
        in(terms, params, "root_code", roots);
        in(terms, params, "quad_class", quadClasses);
        in(terms, params, "modality", modalities);
        if (from != null) {
            terms.add("day >= ?");
            params.add(from);
        }
        if (to != null) {
            terms.add("day <= ?");
            params.add(to);
        }
        if (text != null) {
            terms.add("contains(lower(sentence), ?)");
            params.add(text.toLowerCase(Locale.ROOT));
        }
        if (articleId != null) {
            terms.add("article_id = ?");
            params.add(articleId);
        }
        return new Sql(terms.isEmpty() ? "TRUE" : String.join(" AND ", terms), params);
    }

    private static void in(List<String> terms, List<Object> params, String column, List<?> values) {
        if (!values.isEmpty()) {
            terms.add(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
            params.addAll(values);
        }
    }

    /** A piece of SQL and the values of its placeholders, in order. */
    record Sql(String text, List<Object> params) {
        Sql {
            params = List.copyOf(params);
        }
    }
}
