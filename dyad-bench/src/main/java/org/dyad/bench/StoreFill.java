package org.dyad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/**
 * Makes a large event store for load tests out of a small one that dyad coded: the store is
 * copied whole, then its articles, events and spans are repeated, copy k moved k weeks later and
 * given ids with "~k" appended (in the columns and in the stored records alike), until the store
 * holds at least the events asked for. Queries then meet the mix of actors, codes and text of real
 * coded news, spread over years instead of weeks.
 *
 * <p>Usage: {@code java -cp dyad-bench/target/dyad-benchmarks.jar org.dyad.bench.StoreFill
 * SOURCE.duckdb TARGET.duckdb EVENTS}
 */
public final class StoreFill {

    private StoreFill() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: StoreFill SOURCE.duckdb TARGET.duckdb EVENTS");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        long wanted = Long.parseLong(args[2]);
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:" + target.toAbsolutePath(), new Properties());
             Statement s = c.createStatement()) {
            long events = count(s, "events");
            if (events == 0) {
                throw new IllegalArgumentException(source + " holds no events");
            }
            long copies = (wanted + events - 1) / events - 1;
            s.execute("CREATE TEMP TABLE copies AS SELECT range AS k FROM range(1, " + (copies + 1) + ")");
            s.execute("BEGIN");
            s.execute("""
                    INSERT INTO articles BY NAME
                    SELECT * EXCLUDE (k) REPLACE (id || '~' || k AS id, NULL AS url,
                           date + to_days(CAST(7 * k AS INTEGER)) AS date, content_hash || '~' || k AS content_hash)
                    FROM articles, copies WHERE NOT contains(id, '~')""");
            s.execute("""
                    INSERT INTO events BY NAME
                    WITH moved AS (
                        SELECT *, id || '~' || k AS new_id, article_id || '~' || k AS new_article,
                               sentence_id || '~' || k AS new_sentence, day + to_days(CAST(7 * k AS INTEGER)) AS new_day
                        FROM events, copies WHERE NOT contains(id, '~'))
                    SELECT * EXCLUDE (k, new_id, new_article, new_sentence, new_day, new_date) REPLACE (
                           nextval('event_seq') AS seq, new_id AS id, new_article AS article_id, new_sentence AS sentence_id,
                           CAST(new_day AS DATE) AS day, new_date AS date,
                           json_merge_patch(record, json_object('id', new_id, 'article_id', new_article,
                               'sentence_id', new_sentence, 'date', new_date))::VARCHAR AS record)
                    FROM (SELECT *, CASE length(date)
                                 WHEN 4 THEN strftime(new_day, '%Y')
                                 WHEN 7 THEN strftime(new_day, '%Y-%m')
                                 ELSE strftime(new_day, '%Y-%m-%d') END AS new_date FROM moved ORDER BY k, seq)""");
            s.execute("""
                    INSERT INTO mentions BY NAME
                    SELECT * EXCLUDE (k) REPLACE (event_id || '~' || k AS event_id, article_id || '~' || k AS article_id)
                    FROM mentions, copies WHERE NOT contains(event_id, '~')""");
            s.execute("COMMIT");
            s.execute("CHECKPOINT");
            System.err.printf("%s: %d articles, %d events, %d spans (%d copies of %s)%n", target,
                    count(s, "articles"), count(s, "events"), count(s, "mentions"), copies + 1, source);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
