package org.biokg.spark;

import com.codahale.metrics.MetricRegistry;
import org.apache.spark.SparkConf;
import org.apache.spark.metrics.sink.MetricsServlet;
import org.sparkproject.jetty.servlet.ServletContextHandler;

import java.util.Properties;

/**
 * Spark's metrics servlet without its web handler, for the tests' local Spark. Spark's own (shaded) Jetty 11 needs
 * Servlet 5 classes that Servlet 6.1, which Fuseki's Jetty 12 needs on the same test class path, no longer has
 * ({@code jakarta.servlet.SingleThreadModel}); Spark builds that handler even with its UI off. On a cluster Spark
 * runs on its own jars and nothing of this applies.
 */
public final class NoMetricsServlet extends MetricsServlet {
    public NoMetricsServlet(Properties properties, MetricRegistry registry) {
        super(properties, registry);
    }

    @Override
    public ServletContextHandler[] getHandlers(SparkConf conf) {
        return new ServletContextHandler[0];
    }
}
