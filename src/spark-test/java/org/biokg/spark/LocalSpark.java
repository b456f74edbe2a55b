package org.biokg.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;
import org.biokg.TestPipelines;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark tests' session: local mode with two executor threads in the test JVM, so the executors share the
 * suite's CoreNLP pipeline and annotation cache ({@link TestPipelines}); bound to the loopback address, no web UI
 * nor metrics servlet ({@link NoMetricsServlet}), few shuffle partitions, Spark's own logging at WARN. Started once
 * per JVM and stopped when the JVM ends.
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
                    .config("spark.sql.warehouse.dir", "target/spark-warehouse")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            Configurator.setLevel("org.biokg", Level.INFO);
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }

    /** A run's exit code and what it printed. */
    record Run(int code, String out, String err) {
    }

    /**
     * Runs the job's command line on the shared session, with the suite's annotation cache and as many CoreNLP
     * threads as {@link TestPipelines}' reader (the same settings, so the same CoreNLP pipeline).
     */
    static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--cache-dir", TestPipelines.CACHE.toString(),
                "--threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SparkBuild.run(session(), all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
