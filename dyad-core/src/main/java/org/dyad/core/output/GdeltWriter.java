package org.dyad.core.output;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.core.cameo.CameoTable;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Event;

/**
 * Events as rows of the GDELT 2.0 Event table, so that tools written for GDELT's
 * {@code *.export.CSV} files read dyad's output unchanged.
 *
 * <p>Like GDELT's own files: tab-separated, no header, one event per {@code \n}-terminated line,
 * the 61 columns of the GDELT Event Database Data Format Codebook V2.0 in its order
 * ({@link #COLUMNS}). Tabs and line breaks (CR, LF and the Unicode ones) inside a value become
 * spaces, since the format has no quoting and one stray tab would shift every later column.
 *
 * <p>What dyad fills, and how:
 * <ul>
 * <li><b>GlobalEventID</b>: the first 15 hex digits of {@link Event#id()} read as a number
 *     (60 bits, so always a positive {@code long}); the same event gets the same id on every run.
 *     An id that does not start with 15 hex digits is first hashed with SHA-256. These ids do not
 *     come from GDELT's sequence and may collide with GDELT's own.</li>
 * <li><b>Day</b> (YYYYMMDD), <b>MonthYear</b> (YYYYMM), <b>Year</b>, <b>FractionDate</b>: from
 *     {@link Event#date()}. A date known only to the month ({@code 2019-04}) or the year
 *     ({@code 2019}) is written as the first day of that month or year ({@code 20190401},
 *     {@code 20190101}), since GDELT has no way to mark a coarser precision; the JSON-lines and
 *     CSV outputs keep the real precision. FractionDate is {@code Year + ((month - 1) * 30 + day)
 *     / 365} to four decimals: the codebook writes the fraction as {@code (MONTH * 30 + DAY) / 365},
 *     but GDELT's published rows ({@code 20041126} → {@code 2004.8932}, {@code 20131124} →
 *     {@code 2013.8877}, {@code 19790101} → {@code 1979.0027}) match only the month counted from
 *     zero, and matching the data is what lets the column sort and compare with GDELT's.</li>
 * <li><b>ActorNCode</b>, <b>ActorNName</b> (the actor's words in the sentence, as written),
 *     <b>ActorNCountryCode</b> ({@link ActorRef#country()}), <b>ActorNType1Code..Type3Code</b>
 *     (the first three agent codes: GOV, MIL, REB ...). An actor PETRARCH left uncoded
 *     ({@code ---}) or a phrase kept for review (a code in double quotes) has blank actor columns,
 *     as GDELT leaves an actor it could not identify blank; an actor of unknown country is written
 *     without PETRARCH's placeholder ({@code ---GOV} becomes {@code GOV}), as GDELT writes it. KnownGroup, Ethnic and Religion codes
 *     stay blank: dyad's actor record does not separate them yet.</li>
 * <li><b>IsRootEvent</b>: 1 for an event in the article's first sentence (index 0), else 0. GDELT
 *     sets it for events in the lead paragraph; the first sentence is the part of the lead dyad
 *     can identify without paragraph boundaries, so this approximates GDELT's flag.</li>
 * <li><b>EventCode</b>; <b>EventBaseCode</b> (the first three digits, or the code itself for a
 *     two- or three-digit code, as the codebook defines it); <b>EventRootCode</b>;
 *     <b>QuadClass</b>; <b>GoldsteinScale</b>. Base code stays blank for codes that are not
 *     CAMEO-shaped (lettered dictionary codes such as {@code 174K}).</li>
 * <li><b>NumMentions</b>: the sentences that report the event; <b>NumArticles</b>: the articles
 *     that do and <b>NumSources</b> the outlets (more than 1 after {@code --one-a-day}).</li>
 * <li><b>Actor1Geo_Type</b>, <b>Actor2Geo_Type</b>, <b>ActionGeo_Type</b>: 0, the value GDELT
 *     itself writes for "no location"; the other geography fields are blank.</li>
 * <li><b>DATEADDED</b>: the writer's clock, read once when the writer is created, in UTC as
 *     YYYYMMDDHHMMSS. GDELT stamps every row of an update file with the same batch time, and a
 *     fixed clock makes the output reproducible.</li>
 * <li><b>SOURCEURL</b>: blank; the event record carries no article URL yet.</li>
 * <li>AvgTone and everything not named above: blank.</li>
 * </ul>
 */
public final class GdeltWriter implements EventWriter {

    /** GDELT 2.0 Event table columns, in file order, named as in the codebook. */
    public static final List<String> COLUMNS = List.of(
            "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final int ID = column("GlobalEventID");
    private static final int DAY = column("Day");
    private static final int MONTH_YEAR = column("MonthYear");
    private static final int YEAR = column("Year");
    private static final int FRACTION_DATE = column("FractionDate");
    private static final int ACTOR1 = column("Actor1Code");
    private static final int ACTOR2 = column("Actor2Code");
    private static final int IS_ROOT_EVENT = column("IsRootEvent");
    private static final int EVENT_CODE = column("EventCode");
    private static final int EVENT_BASE_CODE = column("EventBaseCode");
    private static final int EVENT_ROOT_CODE = column("EventRootCode");
    private static final int QUAD_CLASS = column("QuadClass");
    private static final int GOLDSTEIN = column("GoldsteinScale");
    private static final int NUM_MENTIONS = column("NumMentions");
    private static final int NUM_SOURCES = column("NumSources");
    private static final int NUM_ARTICLES = column("NumArticles");
    private static final int ACTOR1_GEO_TYPE = column("Actor1Geo_Type");
    private static final int ACTOR2_GEO_TYPE = column("Actor2Geo_Type");
    private static final int ACTION_GEO_TYPE = column("ActionGeo_Type");
    private static final int DATE_ADDED = column("DATEADDED");

    // Offsets inside an actor's block of ten columns, which starts at ActorNCode.
    private static final int NAME = 1;
    private static final int COUNTRY = 2;
    private static final int TYPE1 = 7;

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern HEX_PREFIX = Pattern.compile("[0-9a-fA-F]{15}.*", Pattern.DOTALL);
    // Besides tab, CR and LF, the Unicode line breaks: Python's splitlines() and some loaders end a
    // row at them, and pasted news text carries them.
    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\x{85}\\x{2028}\\x{2029}]");

    private static final DateTimeFormatter DATE_ADDED_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Writer out;
    private final String dateAdded;

    /**
     * @param out   where the rows go; closed with this writer
     * @param clock read once, here, for DATEADDED; pass {@code Clock.systemUTC()} in production and a
     *              fixed clock in tests
     */
    public GdeltWriter(Writer out, Clock clock) {
        this.out = out;
        this.dateAdded = DATE_ADDED_FORMAT.format(clock.instant().atOffset(ZoneOffset.UTC));
    }

    @Override
    public void write(Event e) throws IOException {
        String[] f = new String[COLUMNS.size()];
        Arrays.fill(f, "");

        f[ID] = e.id() == null ? "" : Long.toString(globalEventId(e.id()));

        LocalDate day = day(e);
        if (day != null) {
            String monthYear = String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue());
            f[DAY] = monthYear + String.format(Locale.ROOT, "%02d", day.getDayOfMonth());
            f[MONTH_YEAR] = monthYear;
            f[YEAR] = Integer.toString(day.getYear());
            f[FRACTION_DATE] = fractionDate(day);
        }

        actor(f, ACTOR1, e.source());
        actor(f, ACTOR2, e.target());

        f[IS_ROOT_EVENT] = e.sentenceIndex() == 0 ? "1" : "0";
        f[EVENT_CODE] = orEmpty(e.code());
        f[EVENT_BASE_CODE] = baseCode(e.code());
        f[EVENT_ROOT_CODE] = orEmpty(e.rootCode());
        f[QUAD_CLASS] = e.quadClass() == null ? "" : e.quadClass().toString();
        f[GOLDSTEIN] = e.goldstein() == null ? "" : e.goldstein().toString();
        f[NUM_MENTIONS] = Integer.toString(Math.max(1, e.mentions()));
        f[NUM_SOURCES] = Integer.toString(Math.max(1, e.sources()));
        f[NUM_ARTICLES] = Integer.toString(Math.max(1, e.articles()));

        f[ACTOR1_GEO_TYPE] = "0";
        f[ACTOR2_GEO_TYPE] = "0";
        f[ACTION_GEO_TYPE] = "0";

        f[DATE_ADDED] = dateAdded;

        StringBuilder line = new StringBuilder(256);
        for (String value : f) {
            line.append(clean(value)).append('\t');
        }
        line.setCharAt(line.length() - 1, '\n');
        out.write(line.toString());
    }

    private static void actor(String[] f, int at, ActorRef a) {
        if (a == null || !identified(a.code())) {
            return;
        }
        // GDELT codes are plain concatenations of three-letter codes; PETRARCH's "---GOV" is GDELT's "GOV".
        f[at] = a.code().startsWith("---") ? a.code().substring(3) : a.code();
        f[at + NAME] = orEmpty(a.text());
        f[at + COUNTRY] = orEmpty(a.country());
        List<String> agents = a.agents();
        for (int k = 0; k < 3 && k < agents.size(); k++) {
            f[at + TYPE1 + k] = agents.get(k);
        }
    }

    // "---" is PETRARCH's "no actor"; a quoted phrase is an unknown name kept for review, not a code.
    private static boolean identified(String code) {
        return code != null && !code.isBlank() && !code.chars().allMatch(c -> c == '-') && !code.startsWith("\"");
    }

    private static int column(String name) {
        int i = COLUMNS.indexOf(name);
        if (i < 0) {
            throw new AssertionError("no GDELT column " + name);
        }
        return i;
    }

    static long globalEventId(String id) {
        String hex = HEX_PREFIX.matcher(id).matches() ? id : sha256Hex(id);
        return Long.parseLong(hex.substring(0, 15), 16);
    }

    private static String sha256Hex(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    /**
     * The day GDELT's date columns describe, or null when the event has no date. A date that is not
     * ISO 8601 at one of the three precisions is a defect of whatever built the event, so it fails
     * rather than silently dropping the date from the row.
     */
    static LocalDate day(Event e) {
        String date = e.date();
        if (date == null || date.isEmpty()) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(date);
        if (!m.matches()) {
            throw new IllegalArgumentException("event " + e.id() + ": date '" + date
                    + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
        } catch (DateTimeException ex) {
            throw new IllegalArgumentException("event " + e.id() + ": date '" + date + "' does not exist", ex);
        }
    }

    static String fractionDate(LocalDate d) {
        BigDecimal fraction = BigDecimal.valueOf((d.getMonthValue() - 1) * 30L + d.getDayOfMonth())
                .divide(BigDecimal.valueOf(365), 4, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(d.getYear()).add(fraction).toPlainString();
    }

    private static String baseCode(String code) {
        if (code == null || CameoTable.rootOf(code).isEmpty()) {
            return "";
        }
        return code.length() > 3 ? code.substring(0, 3) : code;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String s) {
        return BREAKS.matcher(s).replaceAll(" ");
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
