package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark of its own for a test class, on this machine's loopback and without its web UI. */
final class LocalSpark {

    private LocalSpark() {
    }

    /** @param master {@code local[N]}, or {@code local[N,F]} to let a task fail F - 1 times */
    static SparkSession session(String master) {
        return SparkSession.builder()
                .master(master)
                .appName("dyad-spark test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}
