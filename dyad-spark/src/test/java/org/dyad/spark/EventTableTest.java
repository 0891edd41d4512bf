package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.core.model.ActorRef;
import org.dyad.core.model.Attribution;
import org.dyad.core.model.Event;
import org.dyad.core.model.Evidence;
import org.dyad.core.model.Location;
import org.dyad.core.model.Plover;
import org.dyad.core.output.JsonLinesWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Parquet columns against the JSON record they are read from. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTableTest {

    private static final ObjectMapper JSON = JsonLinesWriter.mapper();

    /** An event with every field set, nested ones too. */
    private static final Event FULL = new Event("e1", "a1", "a1-4", 4, "US officials made contact with Cabello.",
            "2019-04", ActorRef.of("USAGOV", "US"), ActorRef.of("VENGOV", "Diosdado Cabello"), "040", "04", 1, 1.0,
            new Plover("CONSULT", "", "diplomatic"), "asserted", new Evidence("made contact", "* CONTACT [040]",
            "verbs.yaml:12"), Map.of("OIL", 2))
            .withAttribution(new Attribution("a senior official", "USAGOV", true, false))
            .withLocation(new Location("Caracas", "VEN", 10.49, -66.88))
            .withOutlet("Wire")
            .withCounts(2, 3, 2);

    /** An event with every field that may be absent left out. */
    private static final Event SPARSE = new Event("e2", "a2", "a2-0", 0, "Arland protested.", null,
            ActorRef.of("---", "ARLAND"), ActorRef.of("\"BOROVIA\"", "BOROVIA"), "111", "11", null, null, null, null,
            new Evidence("protested", null, null), Map.of());

    private SparkSession spark;

    @BeforeAll
    void start() {
        spark = LocalSpark.session("local[1]");
    }

    @AfterAll
    void stop() {
        spark.stop();
    }

    @Test
    void everyFieldOfTheRecordHasAColumn() {
        JsonNode full = JSON.valueToTree(FULL);

        assertThat(paths(EventTable.EVENT, "")).isEqualTo(paths(full, ""));
    }

    @Test
    void recordsComeOutOfTheTableAsTheyWentIn() throws Exception {
        List<Row> coded = List.of(RowFactory.create("2019-05-14", JSON.writeValueAsString(FULL)),
                RowFactory.create(null, JSON.writeValueAsString(SPARSE)));

        List<String> back = EventTable.columns(spark.createDataFrame(coded, EventTable.CODED))
                .drop(EventTable.PUBLISHED).toJSON().collectAsList();

        assertThat(Events.canonical(back)).isEqualTo(List.of(JSON.valueToTree(FULL), JSON.valueToTree(SPARSE)));
    }

    private static TreeSet<String> paths(StructType type, String prefix) {
        TreeSet<String> out = new TreeSet<>();
        for (StructField f : type.fields()) {
            out.add(prefix + f.name());
            if (f.dataType() instanceof StructType nested) {
                out.addAll(paths(nested, prefix + f.name() + "."));
            }
        }
        return out;
    }

    private static TreeSet<String> paths(JsonNode node, String prefix) {
        TreeSet<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            out.add(prefix + f.getKey());
            if (f.getValue().isObject() && !f.getKey().equals("issues")) { // issues is a map, not a record
                out.addAll(paths(f.getValue(), prefix + f.getKey() + "."));
            }
        }
        return out;
    }
}
