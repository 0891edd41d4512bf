package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

/**
 * The events as a table: the event record of DESIGN.md, one column per field (nested records as
 * structs), and the article's publication day as the partition column.
 *
 * <p>Partitions are publication days, not the events' own dates: an event's date is as precise as
 * its sentence ("2019", "2019-04") and may lie years before the article, so a re-run of one day's
 * articles would write into many partitions, and overwriting them would drop other days' events.
 * Coded by publication day, a day's articles own their partition, and a re-run replaces it alone.
 */
public final class EventTable {

    /** The partition column: the article's publication date, YYYY-MM-DD; null when it has none. */
    public static final String PUBLISHED = "published";

    /** What the coding stage hands to the writer: the partition and the event's JSON record. */
    static final StructType CODED = new StructType()
            .add(PUBLISHED, DataTypes.StringType)
            .add("event", DataTypes.StringType);

    private static final StructType ACTOR = new StructType()
            .add("code", DataTypes.StringType)
            .add("country", DataTypes.StringType)
            .add("agents", new ArrayType(DataTypes.StringType, false))
            .add("text", DataTypes.StringType);

    /** The event record, field for field as {@code dyad code} writes it in JSON lines. */
    public static final StructType EVENT = new StructType()
            .add("id", DataTypes.StringType)
            .add("article_id", DataTypes.StringType)
            .add("sentence_id", DataTypes.StringType)
            .add("sentence_index", DataTypes.IntegerType)
            .add("sentence", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("source", ACTOR)
            .add("target", ACTOR)
            .add("code", DataTypes.StringType)
            .add("root_code", DataTypes.StringType)
            .add("quad_class", DataTypes.IntegerType)
            .add("goldstein", DataTypes.DoubleType)
            .add("plover", new StructType()
                    .add("event", DataTypes.StringType)
                    .add("mode", DataTypes.StringType)
                    .add("context", DataTypes.StringType))
            .add("modality", DataTypes.StringType)
            .add("evidence", new StructType()
                    .add("verb", DataTypes.StringType)
                    .add("pattern", DataTypes.StringType)
                    .add("source", DataTypes.StringType))
            .add("issues", new MapType(DataTypes.StringType, DataTypes.IntegerType, false))
            .add("mentions", DataTypes.IntegerType)
            .add("attribution", new StructType()
                    .add("text", DataTypes.StringType)
                    .add("code", DataTypes.StringType)
                    .add("anonymous", DataTypes.BooleanType)
                    .add("from_article", DataTypes.BooleanType))
            .add("articles", DataTypes.IntegerType)
            .add("location", new StructType()
                    .add("name", DataTypes.StringType)
                    .add("country", DataTypes.StringType)
                    .add("lat", DataTypes.DoubleType)
                    .add("lon", DataTypes.DoubleType))
            .add("outlet", DataTypes.StringType)
            .add("sources", DataTypes.IntegerType);

    /** How the events are written. */
    public enum Format {
        /** The event record in columns. */
        PARQUET,
        /** The lines {@code dyad code} writes, byte for byte, in part files ending .txt. */
        JSONL;

        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown output format '" + name + "' (parquet|jsonl)");
            }
        }
    }

    private EventTable() {
    }

    /** The coded rows as the event table: the record's fields in columns, then the partition. */
    public static Dataset<Row> columns(Dataset<Row> coded) {
        return coded.select(from_json(col("event"), EVENT, Map.of("mode", "FAILFAST")).as("e"), col(PUBLISHED))
                .select("e.*", PUBLISHED);
    }

    /**
     * Writes the coded rows under {@code path}, one folder a publication day. Overwriting replaces
     * only the days this input holds (dynamic partition overwrite), so a day can be coded again.
     */
    static void write(Dataset<Row> coded, Format format, String path, SaveMode mode) {
        Dataset<Row> table = format == Format.PARQUET ? columns(coded) : coded;
        var writer = table.write().mode(mode).option("partitionOverwriteMode", "dynamic").partitionBy(PUBLISHED);
        switch (format) {
            case PARQUET -> writer.parquet(path);
            case JSONL -> writer.text(path);
        }
    }
}
