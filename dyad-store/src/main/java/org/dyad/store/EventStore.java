package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Article;
import org.dyad.core.model.Event;
import org.dyad.core.output.CsvWriter;
import org.dyad.core.output.JsonLinesWriter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * The embedded event store: a DuckDB file with tables {@code articles}, {@code events} and
 * {@code mentions} (where in an article's text each event's sentence, actors, verb and source are
 * written).
 *
 * <p><b>Once only.</b> An article is stored once: one that has the id, the URL or the text
 * (whitespace aside) of a stored article is skipped, so ingesting the same corpus twice, or the
 * same story from two feeds, leaves the store as it was. Each article is written with its events
 * and spans in one transaction; a crash mid-article leaves no half article.
 *
 * <p><b>Threads.</b> DuckDB connections are not for concurrent use, so the store keeps a fixed
 * pool of connections to the one database and lends one to each call; a call waits for a free
 * connection rather than opening more.
 *
 * <p>Each event keeps its JSON event record as {@code dyad code} writes it, so what the store
 * gives back is the contract's record, field for field; the flat columns beside it are for
 * filtering, aggregating and Parquet.
 */
public final class EventStore implements AutoCloseable {

    /** Bumped when the tables change shape; a store of another version is refused, not misread. */
    static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = JsonLinesWriter.mapper();

    /** About 200 MB of records: a page is a few dozen records, the cache holds many thousand pages. */
    private static final long RECORD_CACHE_CHARS = 200L << 20;

    /**
     * The flat columns of an event, in the order of the Parquet file: the CSV columns of the event
     * record, with the first day of the event's date after the date, and whether an attribution
     * was taken from the article after its other fields.
     */
    static final List<String> EVENT_COLUMNS = eventColumns();

    private static List<String> eventColumns() {
        List<String> out = new ArrayList<>();
        for (String c : CsvWriter.COLUMNS) {
            out.add(c);
            if (c.equals("date")) {
                out.add("day");
            } else if (c.equals("attribution_anonymous")) {
                out.add("attribution_from_article");
            }
        }
        return List.copyOf(out);
    }

    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS dyad_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
            CREATE TABLE IF NOT EXISTS articles (
                id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, date DATE, title VARCHAR, text VARCHAR,
                content_hash VARCHAR NOT NULL, sentences INTEGER, ingested_at TIMESTAMP);
            CREATE SEQUENCE IF NOT EXISTS event_seq START 1;
            CREATE TABLE IF NOT EXISTS events (
                seq BIGINT NOT NULL DEFAULT nextval('event_seq'),
                id VARCHAR, article_id VARCHAR NOT NULL, sentence_id VARCHAR, sentence_index INTEGER,
                date VARCHAR, day DATE,
                source_code VARCHAR, source_country VARCHAR, source_agents VARCHAR[], source_text VARCHAR,
                target_code VARCHAR, target_country VARCHAR, target_agents VARCHAR[], target_text VARCHAR,
                code VARCHAR, root_code VARCHAR, quad_class INTEGER, goldstein DOUBLE,
                plover_event VARCHAR, plover_mode VARCHAR, plover_context VARCHAR, modality VARCHAR,
                verb VARCHAR, pattern VARCHAR, pattern_source VARCHAR, issues VARCHAR, sentence VARCHAR,
                mentions INTEGER, articles INTEGER, sources INTEGER, outlet VARCHAR,
                attribution_text VARCHAR, attribution_code VARCHAR, attribution_anonymous BOOLEAN,
                attribution_from_article BOOLEAN,
                location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
                record VARCHAR NOT NULL);
            CREATE TABLE IF NOT EXISTS mentions (
                event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, role VARCHAR NOT NULL,
                "start" INTEGER NOT NULL, "end" INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS articles_url ON articles (url);
            CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
            CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
            CREATE INDEX IF NOT EXISTS events_id ON events (id);
            CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
            """;

    /** Event records by sequence number, bounded by their size in characters. */
    private final Cache<Long, String> records;
    /** Counts of selections, kept only while the store is read-only and so cannot change. */
    private final Cache<String, Long> counts;
    /**
     * Each connection's prepared statements by their SQL, so that a question asked again is not
     * planned again; a connection is used by one thread at a time, and so is its map.
     */
    private final Map<Connection, Map<String, PreparedStatement>> statements = new java.util.IdentityHashMap<>();
    private final Connection main;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();
    private final boolean readOnly;
    private final String name;

    private EventStore(Connection main, int connections, boolean readOnly, String name) throws SQLException {
        this.main = main;
        this.readOnly = readOnly;
        this.name = name;
        this.pool = new ArrayBlockingQueue<>(connections);
        this.records = Caffeine.newBuilder().maximumWeight(RECORD_CACHE_CHARS)
                .weigher((Long seq, String record) -> record.length() + 64).build();
        this.counts = readOnly ? Caffeine.newBuilder().maximumSize(100_000).build() : null;
        for (int i = 0; i < connections; i++) {
            Connection c = ((DuckDBConnection) main).duplicate();
            all.add(c);
            pool.add(c);
            statements.put(c, new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                    if (size() <= STATEMENTS_PER_CONNECTION) {
                        return false;
                    }
                    try {
                        eldest.getValue().close();
                    } catch (SQLException e) {
                        // a statement that cannot be closed is dropped all the same
                    }
                    return true;
                }
            });
        }
    }

    /** Opens (creating when missing) the store in {@code file}, for reading and writing. */
    public static EventStore open(Path file) {
        return open(file, false, defaultConnections());
    }

    /** A store that lives in memory only, gone when closed. */
    public static EventStore inMemory() {
        return open(null, false, defaultConnections());
    }

    /**
     * Opens the store in {@code file} ({@code null}: in memory). Read-only opens an existing file
     * and refuses every write, which lets several readers share it; DuckDB lets only one process
     * write a file at a time.
     *
     * @param connections how many calls may run at once
     */
    public static EventStore open(Path file, boolean readOnly, int connections) {
        String where = file == null ? "memory" : file.toString();
        if (readOnly && (file == null || !java.nio.file.Files.isRegularFile(file))) {
            throw new IllegalArgumentException(where + ": no event store there (create one with dyad ingest)");
        }
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        try {
            // the driver is asked directly: DriverManager finds it only when the class loader that
            // loaded this class can see it, which servers and Spark do not promise
            Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + (file == null ? "" : file.toAbsolutePath()),
                    props);
            try {
                EventStore store = new EventStore(c, connections, readOnly, where);
                store.prepare();
                return store;
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(where + ": cannot open the event store: " + e.getMessage(), e);
        }
    }

    private static int defaultConnections() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    private void prepare() throws SQLException {
        if (readOnly) {
            checkVersion();
            return;
        }
        try (Statement s = main.createStatement()) {
            for (String ddl : SCHEMA.split(";")) {
                if (!ddl.isBlank()) {
                    s.execute(ddl);
                }
            }
            s.execute("INSERT INTO dyad_meta VALUES ('schema_version', '" + SCHEMA_VERSION + "') ON CONFLICT DO NOTHING");
        }
        checkVersion();
    }

    private void checkVersion() throws SQLException {
        try (Statement s = main.createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM dyad_meta WHERE key = 'schema_version'")) {
            String v = r.next() ? r.getString(1) : null;
            if (!String.valueOf(SCHEMA_VERSION).equals(v)) {
                throw new IllegalArgumentException(name + ": event store of schema version " + v + ", this dyad reads "
                        + SCHEMA_VERSION);
            }
        } catch (SQLException e) {
            throw new IllegalArgumentException(name + ": not a dyad event store (" + e.getMessage() + ")", e);
        }
    }

    /** Whether the store was opened read-only, so that nothing can change it while it is open. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Where the store lives: its file, or "memory". */
    public String name() {
        return name;
    }

    // ---- writing ----------------------------------------------------------------------------

    /** Whether an article with this id, URL or text is stored already. */
    public boolean contains(Article a) {
        String hash = contentHash(a.text());
        return withConnection(c -> contains(c, a, hash));
    }

    private static boolean contains(Connection c, Article a, String hash) throws SQLException {
        // one indexed lookup per key: an OR of the three would scan the whole table each time
        return exists(c, "id", a.id()) || a.url() != null && exists(c, "url", a.url())
                || exists(c, "content_hash", hash);
    }

    private static boolean exists(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM articles WHERE " + column + " = ? LIMIT 1")) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Stores an article with its events and their spans, all or nothing.
     *
     * @return false when the article was stored already (nothing is written)
     */
    public boolean add(Article article, int sentences, List<Event> events) {
        String hash = contentHash(article.text());
        return inTransaction(c -> {
            if (contains(c, article, hash)) {
                return false;
            }
            insertArticle(c, article, sentences, hash);
            insertEvents(c, events);
            insertSpans(c, article, events);
            return true;
        });
    }

    /** Stores events without their article, as a plain table of events (the Parquet writer's case). */
    void addEvents(List<Event> events) {
        inTransaction(c -> {
            insertEvents(c, events);
            return true;
        });
    }

    /** Runs a write in one transaction: committed when it returns true, rolled back otherwise. */
    private boolean inTransaction(Work<Boolean> write) {
        requireWritable();
        return withConnection(c -> {
            c.setAutoCommit(false);
            try {
                boolean keep = write.on(c);
                if (keep) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return keep;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private void requireWritable() {
        if (readOnly) {
            throw new IllegalStateException(name + ": the event store is open read-only");
        }
    }

    private static void insertArticle(Connection c, Article a, int sentences, String hash) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, a.id());
            p.setString(2, a.url());
            p.setString(3, a.outlet());
            p.setObject(4, a.date());
            p.setString(5, a.title());
            p.setString(6, a.text());
            p.setString(7, hash);
            p.setInt(8, sentences);
            p.setTimestamp(9, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
    }

    /** Rows per INSERT: each statement costs about a millisecond whatever its size. */
    private static final int ROWS_PER_INSERT = 64;

    private static void insertEvents(Connection c, List<Event> events) throws SQLException {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(EVENT_COLUMNS.size() + 1, "?")) + ")";
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            List<Event> chunk = events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO events (" + String.join(", ", EVENT_COLUMNS)
                    + ", record) VALUES " + String.join(", ", java.util.Collections.nCopies(chunk.size(), row)))) {
                int next = 1;
                for (Event e : chunk) {
                    next = bind(c, p, e, next);
                }
                p.executeUpdate();
            }
        }
    }

    /** Binds one event's columns from placeholder {@code i} on; returns the next placeholder. */
    private static int bind(Connection c, PreparedStatement p, Event e, int first) throws SQLException {
        int i = first;
        p.setString(i++, e.id());
        p.setString(i++, e.articleId());
        p.setString(i++, e.sentenceId());
        p.setInt(i++, e.sentenceIndex());
        p.setString(i++, e.date());
        LocalDate day = firstDay(e.date());
        p.setObject(i++, day);
        i = bindActor(c, p, i, e.source());
        i = bindActor(c, p, i, e.target());
        p.setString(i++, e.code());
        p.setString(i++, e.rootCode());
        p.setObject(i++, e.quadClass(), Types.INTEGER);
        p.setObject(i++, e.goldstein(), Types.DOUBLE);
        p.setString(i++, e.plover() == null ? null : e.plover().event());
        p.setString(i++, e.plover() == null ? null : e.plover().mode());
        p.setString(i++, e.plover() == null ? null : e.plover().context());
        p.setString(i++, e.modality());
        p.setString(i++, e.evidence() == null ? null : e.evidence().verb());
        p.setString(i++, e.evidence() == null ? null : e.evidence().pattern());
        p.setString(i++, e.evidence() == null ? null : e.evidence().source());
        p.setString(i++, e.issues().isEmpty() ? null : json(e.issues()));
        p.setString(i++, e.sentence());
        p.setInt(i++, e.mentions());
        p.setInt(i++, e.articles());
        p.setInt(i++, e.sources());
        p.setString(i++, e.outlet());
        p.setString(i++, e.attribution() == null ? null : e.attribution().text());
        p.setString(i++, e.attribution() == null ? null : e.attribution().code());
        p.setObject(i++, e.attribution() == null ? null : e.attribution().anonymous(), Types.BOOLEAN);
        p.setObject(i++, e.attribution() == null ? null : e.attribution().fromArticle(), Types.BOOLEAN);
        p.setString(i++, e.location() == null ? null : e.location().name());
        p.setString(i++, e.location() == null ? null : e.location().country());
        p.setObject(i++, e.location() == null ? null : e.location().lat(), Types.DOUBLE);
        p.setObject(i++, e.location() == null ? null : e.location().lon(), Types.DOUBLE);
        p.setString(i++, json(e));
        return i;
    }

    private static int bindActor(Connection c, PreparedStatement p, int i, ActorRef a) throws SQLException {
        p.setString(i++, a == null ? null : a.code());
        p.setString(i++, a == null ? null : a.country());
        Array agents = a == null ? null : c.createArrayOf("VARCHAR", a.agents().toArray());
        p.setObject(i++, agents);
        p.setString(i++, a == null ? null : a.text());
        return i;
    }

    private static void insertSpans(Connection c, Article a, List<Event> events) throws SQLException {
        List<TextSpan> spans = new ArrayList<>();
        for (Event e : events) {
            spans.addAll(TextSpan.of(a.text(), e));
        }
        for (int from = 0; from < spans.size(); from += ROWS_PER_INSERT) {
            List<TextSpan> chunk = spans.subList(from, Math.min(spans.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mentions VALUES "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?)")))) {
                int i = 1;
                for (TextSpan s : chunk) {
                    p.setString(i++, s.eventId());
                    p.setString(i++, a.id());
                    p.setString(i++, s.role());
                    p.setInt(i++, s.start());
                    p.setInt(i++, s.end());
                }
                p.executeUpdate();
            }
        }
    }

    /**
     * The first day of an ISO date at any precision ("2019" → 2019-01-01, "2019-05" → 2019-05-01),
     * so that date ranges and time series treat a month-dated event as starting with its month.
     */
    static LocalDate firstDay(String date) {
        if (date == null) {
            return null;
        }
        try {
            return switch (date.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
                case 7 -> LocalDate.parse(date + "-01");
                case 10 -> LocalDate.parse(date);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * What identifies a text whatever its spacing: the SHA-256 of its words separated by single
     * spaces. The same story from two feeds differs in line breaks and indentation, not words.
     */
    static String contentHash(String text) {
        String words = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(words.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- reading ----------------------------------------------------------------------------

    public StoreCounts counts() {
        return withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                            + "(SELECT count(*) FROM mentions)")) {
                r.next();
                return new StoreCounts(r.getLong(1), r.getLong(2), r.getLong(3));
            }
        });
    }

    /**
     * A page of the events a query selects; pages count from 1.
     *
     * <p>The query sorts and pages the events' sequence numbers only, and the records of the page
     * come from a cache by sequence number: sorting wide rows costs several times more than
     * sorting numbers, and a record never changes once stored, so it is read from the file once.
     */
    public EventPage events(EventQuery q, EventOrder order, int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("pages count from 1 and hold at least one event");
        }
        EventQuery.Sql where = q.where();
        String countKey = where.text() + '\u0000' + where.params();
        Long known = counts == null ? null : counts.getIfPresent(countKey);
        long[] total = {known == null ? -1 : known};
        List<Long> seqs = withConnection(c -> {
            if (total[0] < 0) {
                PreparedStatement p = statement(c, "SELECT count(*) FROM events WHERE " + where.text());
                bind(p, where.params());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    total[0] = r.getLong(1);
                }
            }
            List<Long> out = new ArrayList<>(size);
            PreparedStatement p = statement(c, "SELECT seq FROM events WHERE " + where.text()
                    + " ORDER BY " + order.sql() + " LIMIT ? OFFSET ?");
            int next = bind(p, where.params());
            p.setInt(next, size);
            p.setLong(next + 1, (long) (page - 1) * size);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out;
        });
        if (counts != null) {
            counts.put(countKey, total[0]);
        }
        Map<Long, String> found = records.getAll(seqs, this::readRecords);
        List<String> page0 = new ArrayList<>(seqs.size());
        for (Long seq : seqs) {
            page0.add(found.get(seq));
        }
        return new EventPage(total[0], page, size, page0);
    }

    /**
     * Reads event records into the cache ahead of the first questions, newest first, until the
     * cache is nearly full: a server answers its first pages as fast as its later ones.
     *
     * @return how many records were read
     */
    public long warmRecords() {
        return withConnection(c -> {
            long n = 0;
            long chars = 0;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT seq, record FROM events ORDER BY seq DESC")) {
                while (r.next() && chars < RECORD_CACHE_CHARS * 9 / 10) {
                    String record = r.getString(2);
                    records.put(r.getLong(1), record);
                    chars += record.length() + 64;
                    n++;
                }
            }
            return n;
        });
    }

    private Map<Long, String> readRecords(java.util.Set<? extends Long> seqs) {
        String marks = String.join(", ", java.util.Collections.nCopies(seqs.size(), "?"));
        return withConnection(c -> {
            Map<Long, String> out = new java.util.HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT seq, record FROM events WHERE seq IN (" + marks
                    + ")")) {
                int i = 1;
                for (Long seq : seqs) {
                    p.setLong(i++, seq);
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getLong(1), r.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** One event's record by its id (the first stored, if two articles gave the same id). */
    public Optional<String> event(String id) {
        return withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT record FROM events WHERE id = ? LIMIT 1")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every event the query selects, in date order, as records. */
    public void forEach(EventQuery q, Consumer<Event> each) {
        EventQuery.Sql where = q.where();
        withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT record FROM events WHERE " + where.text()
                    + " ORDER BY " + EventOrder.DATE.sql())) {
                bind(p, where.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        each.accept(JSON.readValue(r.getString(1), Event.class));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /**
     * The actors of the selected events, most events first.
     *
     * @param prefix only codes that start with it (null: all)
     */
    public List<ActorSummary> actors(EventQuery q, String prefix, int limit) {
        EventQuery.Sql where = q.where();
        String sql = """
                WITH sel AS (SELECT * FROM events WHERE %s),
                sides AS (
                    SELECT source_code AS code, source_country AS country, source_text AS text, 1 AS src, 0 AS tgt,
                           goldstein FROM sel WHERE source_code IS NOT NULL
                    UNION ALL
                    SELECT target_code, target_country, target_text, 0, 1, goldstein FROM sel
                    WHERE target_code IS NOT NULL)
                SELECT code, any_value(country), mode(text), sum(src), sum(tgt), avg(goldstein)
                FROM sides WHERE starts_with(code, ?)
                GROUP BY code ORDER BY sum(src) + sum(tgt) DESC, code LIMIT ?""".formatted(where.text());
        return withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int next = bind(p, where.params());
                p.setString(next, prefix == null ? "" : prefix.toUpperCase(Locale.ROOT));
                p.setInt(next + 1, limit);
                List<ActorSummary> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new ActorSummary(r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                                r.getLong(5), nullableDouble(r, 6)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The network of the selected events that have both a source and a target.
     *
     * @param byCountry nodes are countries (the first three letters of the codes) rather than codes
     * @param limit     the most active dyads kept as edges
     */
    public Network network(EventQuery q, boolean byCountry, int limit) {
        EventQuery.Sql where = q.where();
        String src = byCountry ? countryOf("source_code") : "source_code";
        String tgt = byCountry ? countryOf("target_code") : "target_code";
        String sql = """
                SELECT %s AS s, %s AS t, count(*) AS n, avg(goldstein),
                       count(*) FILTER (WHERE quad_class >= 3), count(*) FILTER (WHERE quad_class <= 2),
                       count(*) OVER () AS dyads
                FROM events
                WHERE %s AND source_code IS NOT NULL AND target_code IS NOT NULL
                  AND NOT starts_with(source_code, '---') AND NOT starts_with(target_code, '---')
                  AND %s <> %s
                GROUP BY ALL ORDER BY n DESC, s, t LIMIT ?""".formatted(src, tgt, where.text(), src, tgt);
        return withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                int next = bind(p, where.params());
                p.setInt(next, limit);
                List<Network.Edge> edges = new ArrayList<>();
                Map<String, Long> nodeEvents = new LinkedHashMap<>();
                long dyads = 0;
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Network.Edge e = new Network.Edge(r.getString(1), r.getString(2), r.getLong(3),
                                nullableDouble(r, 4), r.getLong(5), r.getLong(6));
                        edges.add(e);
                        nodeEvents.merge(e.source(), e.events(), Long::sum);
                        nodeEvents.merge(e.target(), e.events(), Long::sum);
                        dyads = r.getLong(7);
                    }
                }
                List<Network.Node> nodes = new ArrayList<>();
                nodeEvents.forEach((id, n) -> nodes.add(new Network.Node(id, id.length() >= 3 ? id.substring(0, 3)
                        : id, n)));
                return new Network(nodes, edges, dyads);
            }
        });
    }

    /**
     * The country of an actor code: its first three letters, except for international and
     * non-governmental organisations and companies, where CAMEO's first three letters (IGO, NGO,
     * MNC) say only the kind and the next three say which (IGOUNO, the United Nations).
     */
    private static String countryOf(String column) {
        return "CASE WHEN substr(%1$s, 1, 3) IN ('IGO', 'NGO', 'MNC', 'IMG') THEN substr(%1$s, 1, 6) ELSE substr(%1$s, 1, 3) END"
                .formatted(column);
    }

    /** Event counts and mean Goldstein score per period and QuadClass, in period order. */
    public List<TimeBucket> timeSeries(EventQuery q, Interval interval) {
        EventQuery.Sql where = q.where();
        String sql = """
                SELECT CAST(date_trunc('%s', day) AS DATE) AS period, quad_class, count(*), avg(goldstein)
                FROM events WHERE %s AND day IS NOT NULL AND quad_class IS NOT NULL
                GROUP BY ALL ORDER BY period, quad_class""".formatted(interval.sql(), where.text());
        return withConnection(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                bind(p, where.params());
                List<TimeBucket> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new TimeBucket(r.getDate(1).toLocalDate(), r.getInt(2), r.getLong(3),
                                nullableDouble(r, 4)));
                    }
                }
                return out;
            }
        });
    }

    /** An article with its events and their spans. */
    public Optional<StoredArticle> article(String id) {
        return withConnection(c -> {
            StoredArticle found;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, url, outlet, date, title, text, sentences FROM articles WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    java.sql.Date d = r.getDate(4);
                    found = new StoredArticle(r.getString(1), r.getString(2), r.getString(3),
                            d == null ? null : d.toLocalDate(), r.getString(5), r.getString(6), r.getInt(7),
                            List.of(), List.of());
                }
            }
            List<String> events = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT record FROM events WHERE article_id = ? ORDER BY sentence_index, id")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        events.add(r.getString(1));
                    }
                }
            }
            List<TextSpan> spans = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT event_id, role, \"start\", \"end\" FROM mentions WHERE article_id = ? "
                            + "ORDER BY \"start\", \"end\" DESC")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        spans.add(new TextSpan(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4)));
                    }
                }
            }
            return Optional.of(new StoredArticle(found.id(), found.url(), found.outlet(), found.date(),
                    found.title(), found.text(), found.sentences(), events, spans));
        });
    }

    /**
     * Writes the selected events' flat columns as a Parquet file (zstd-compressed), in date order.
     *
     * @return how many events were written
     */
    public long exportParquet(EventQuery q, Path file) {
        EventQuery.Sql where = q.where();
        return withConnection(c -> {
            // COPY takes no placeholders, so the selection is made first, then copied.
            try (PreparedStatement p = c.prepareStatement("CREATE OR REPLACE TEMP TABLE export_selection AS SELECT "
                    + String.join(", ", EVENT_COLUMNS) + " FROM events WHERE " + where.text() + " ORDER BY "
                    + EventOrder.DATE.sql())) {
                bind(p, where.params());
                p.execute();
            }
            try (Statement s = c.createStatement()) {
                long n;
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM export_selection")) {
                    r.next();
                    n = r.getLong(1);
                }
                s.execute("COPY export_selection TO '" + file.toAbsolutePath().toString().replace("'", "''")
                        + "' (FORMAT parquet, COMPRESSION zstd)");
                s.execute("DROP TABLE export_selection");
                return n;
            }
        });
    }

    private static final int STATEMENTS_PER_CONNECTION = 64;

    /** The connection's prepared statement for {@code sql}, prepared on first use; not to be closed. */
    private PreparedStatement statement(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> kept = statements.get(c);
        PreparedStatement p = kept.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            kept.put(sql, p);
        }
        return p;
    }

    private static int bind(PreparedStatement p, List<Object> params) throws SQLException {
        int i = 1;
        for (Object v : params) {
            p.setObject(i++, v);
        }
        return i;
    }

    private static Double nullableDouble(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    // ---- connections ------------------------------------------------------------------------

    /** Work on one pooled connection. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) {
        Connection c;
        try {
            c = pool.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event store", e);
        }
        if (c == null) {
            throw new IllegalStateException(name + ": no free connection to the event store after 30 s");
        }
        try {
            return work.on(c);
        } catch (SQLException e) {
            throw new StoreException(name + ": " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    @Override
    public void close() {
        try {
            for (Connection c : all) {
                for (PreparedStatement p : statements.get(c).values()) {
                    p.close();
                }
                c.close();
            }
            main.close();
        } catch (SQLException e) {
            throw new StoreException(name + ": closing the event store: " + e.getMessage(), e);
        }
    }
}
