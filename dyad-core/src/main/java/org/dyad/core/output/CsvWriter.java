package org.dyad.core.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Attribution;
import org.dyad.core.model.Location;
import org.dyad.core.model.Event;
import org.dyad.core.model.Evidence;
import org.dyad.core.model.Plover;

/**
 * The event record flattened to one CSV row per event, for spreadsheets and data-frame tools.
 *
 * <p>The file is RFC 4180: comma-separated, CRLF between records, a field quoted when it holds a
 * comma, a double quote (doubled inside the quotes) or a line break, so sentences survive intact.
 * The header row ({@link #COLUMNS}) is written when the writer is created, so a run that finds no
 * events still leaves a file that names its columns. Absent values (no target, no PLOVER category,
 * unknown date) are empty cells. {@code source_agents} and {@code target_agents} are the agent
 * codes separated by single spaces; {@code issues} is {@code CODE:count} pairs joined by
 * {@code ;}, sorted by code so the same event always gives the same row.
 *
 * <p><b>Formula injection.</b> Spreadsheets run a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula, and the sentences and actor phrases dyad copies come from
 * news pages anyone can write; PETRARCH verb patterns also start with {@code -}. Following the
 * OWASP advice on CSV injection, a cell of a free-text column that starts with one of those
 * characters, or with a tab or carriage return, is written with a single quote ({@code '})
 * in front, which spreadsheets show as text and hide. The free-text columns are
 * {@link #TEXT_COLUMNS}: article_id, sentence_id, source_text, target_text, verb, pattern,
 * pattern_source, sentence, outlet, attribution_text and location_name. Codes and numbers are
 * never prefixed, so {@code ---}, {@code -2.0} and agent codes stay exactly as in the JSON-lines output. A program reading the file back should
 * strip one leading {@code '} from those columns when the character after it is one of the above.
 */
public final class CsvWriter implements EventWriter {

    /** The header row, in the order of the cells in every record. */
    public static final List<String> COLUMNS = List.of(
            "id", "article_id", "sentence_id", "sentence_index", "date",
            "source_code", "source_country", "source_agents", "source_text",
            "target_code", "target_country", "target_agents", "target_text",
            "code", "root_code", "quad_class", "goldstein",
            "plover_event", "plover_mode", "plover_context", "modality",
            "verb", "pattern", "pattern_source", "issues", "sentence",
            "mentions", "articles", "sources", "outlet",
            "attribution_text", "attribution_code", "attribution_anonymous",
            "location_name", "location_country", "location_lat", "location_lon");

    /** Columns whose cells are protected against formula injection (see the class comment). */
    public static final List<String> TEXT_COLUMNS = List.of(
            "article_id", "sentence_id", "source_text", "target_text", "verb", "pattern", "pattern_source",
            "sentence", "outlet", "attribution_text", "location_name");

    /** The format the writer uses; read the file back with it and {@code setSkipHeaderRecord(true)}. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .get();

    private final CSVPrinter printer;

    public CsvWriter(Writer out) throws IOException {
        this(out, true);
    }

    /**
     * @param header false to continue a file that has its header row already (a resumed run)
     */
    public CsvWriter(Writer out, boolean header) throws IOException {
        this.printer = new CSVPrinter(out, header ? FORMAT : FORMAT.builder().setSkipHeaderRecord(true).get());
    }

    @Override
    public void write(Event e) throws IOException {
        ActorRef s = e.source();
        ActorRef t = e.target();
        Plover p = e.plover();
        Evidence ev = e.evidence();
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(e.id());
        row.add(text(e.articleId()));
        row.add(text(e.sentenceId()));
        row.add(e.sentenceIndex());
        row.add(e.date());
        addActor(row, s);
        addActor(row, t);
        row.add(e.code());
        row.add(e.rootCode());
        row.add(e.quadClass());
        row.add(e.goldstein());
        row.add(p == null ? null : p.event());
        row.add(p == null ? null : p.mode());
        row.add(p == null ? null : p.context());
        row.add(e.modality());
        row.add(ev == null ? null : text(ev.verb()));
        row.add(ev == null ? null : text(ev.pattern()));
        row.add(ev == null ? null : text(ev.source()));
        row.add(issues(e.issues()));
        row.add(text(e.sentence()));
        row.add(e.mentions());
        row.add(e.articles());
        row.add(e.sources());
        row.add(text(e.outlet()));
        Attribution a = e.attribution();
        row.add(a == null ? null : text(a.text()));
        row.add(a == null ? null : a.code());
        row.add(a == null ? null : a.anonymous());
        Location at = e.location();
        row.add(at == null ? null : text(at.name()));
        row.add(at == null ? null : at.country());
        row.add(at == null ? null : at.lat());
        row.add(at == null ? null : at.lon());
        printer.printRecord(row);
    }

    private static void addActor(List<Object> row, ActorRef a) {
        row.add(a == null ? null : a.code());
        row.add(a == null ? null : a.country());
        row.add(a == null ? null : String.join(" ", a.agents()));
        row.add(a == null ? null : text(a.text()));
    }

    /** A free-text cell, with a leading quote if a spreadsheet would otherwise evaluate it. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula ? "'" + value : value;
    }

    private static String issues(Map<String, Integer> issues) {
        if (issues.isEmpty()) {
            return null;
        }
        return new TreeMap<>(issues).entrySet().stream()
                .map(x -> x.getKey() + ":" + x.getValue())
                .collect(Collectors.joining(";"));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
