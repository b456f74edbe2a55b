package org.biokg.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark tests' session: local mode with two executor threads in the test JVM (so the executors share the test
 * suite's CoreNLP pipeline and annotation cache), bound to the loopback address, no web UI nor metrics servlet
 * ({@link NoMetricsServlet}), few shuffle partitions.
 * Started once per JVM and stopped when the JVM ends.
 */
final class LocalSpark {
    private static SparkSession spark;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .appName("biokg-test")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.metrics.conf.*.sink.servlet.class", NoMetricsServlet.class.getName())
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.adaptive.enabled", "true")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }
}
