package org.biokg.serve;

import org.biokg.store.ServedBy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.biokg.BiokgException;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fuseki in this JVM over the biokg dataset, with the web console and without the admin API.
 * <p>
 * Dataset {@code /biokg}: SPARQL queries are public and read-only on {@code /biokg/sparql}, {@code /biokg/query}
 * and {@code /biokg} itself; graphs are readable on {@code /biokg/get}. Writes (SPARQL Update on
 * {@code /biokg/update}, Graph Store Protocol on {@code /biokg/data}) exist only when a password file is given
 * and then need HTTP basic authentication; they live on their own paths because Fuseki's protection covers
 * every method of a path. The console gets the read-only server description, ping and statistics it needs.
 * The network and timeline views are static pages under {@code /view/} that query {@code /biokg/sparql}.
 * A repeated query is answered from a {@link QueryResultCache} that every committed write empties. The Fuseki
 * server itself is put together by a {@link FusekiAssembler}; what to tell the user is a {@link ServerBanner}.
 *
 * <pre>{@code
 * BiokgServer server = BiokgServer.builder().store(BiokgStore.atDefault()).port(3030).start();
 * System.out.println(server.consoleUrl());
 * server.join();
 * }</pre>
 */
public final class BiokgServer {
    /** Jetty's default response buffer: responses beyond it are streamed in pieces of this size. */
    static final int RESPONSE_BUFFER_BYTES = 32 * 1024;

    /** Name of the dataset in URLs. */
    public static final String DATASET = "biokg";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    static final String REALM = "biokg";

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;
    private final boolean writes;
    private final OpenDataset opened;
    private final Duration queryTimeout;
    private final QueryResultCache cache;
    private boolean started;

    private BiokgServer(FusekiServer fuseki, String host, int requestedPort, boolean writes, OpenDataset opened,
                        Duration queryTimeout, QueryResultCache cache) {
        this.fuseki = fuseki;
        this.cache = cache;
        this.host = host;
        this.requestedPort = requestedPort;
        this.writes = writes;
        this.opened = opened;
        this.queryTimeout = queryTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving. A port that is taken gives a one-line error (exit code 3); the store is then released.
     *
     * @return this server, running
     */
    private ServedBy servedBy;

    public synchronized BiokgServer start() {
        if (started)
            return this;
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            release();
            if (isBindFailure(e))
                throw new BiokgException(BiokgException.RUNTIME, "port " + requestedPort + " on " + host
                        + " is already in use; stop the other server or choose another with --port", e);
            throw new BiokgException(BiokgException.RUNTIME, "cannot start the server on " + host + ":" + requestedPort
                    + ": " + e.getMessage(), e);
        }
        started = true;
        if (opened != null) {
            // Commands that find the store locked (biokg query while this serves) ask this server instead.
            servedBy = new ServedBy(queryUrl(), ProcessHandle.current().pid());
            servedBy.write(opened.location().getParent());
        }
        return this;
    }

    /** Stops serving and closes the store. */
    public synchronized void stop() {
        try {
            fuseki.stop();
        } finally {
            release();
            started = false;
        }
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    private void release() {
        if (servedBy != null && opened != null)
            servedBy.remove(opened.location().getParent());
        if (cache != null)
            cache.detach();
        if (opened != null)
            opened.close();
    }

    private static boolean isBindFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BindException)
                return true;
            if (c.getMessage() != null && c.getMessage().startsWith("Failed to bind"))
                return true;
        }
        return false;
    }

    /** The port served (the actual one when port 0 asked for any free port). */
    public int port() {
        return started ? fuseki.getHttpPort() : requestedPort;
    }

    public String host() {
        return host;
    }

    /** Base URL of the server, ending in '/'. */
    public String serverUrl() {
        String h = switch (host) {
            case "0.0.0.0", "::", "" -> "localhost";
            default -> host.contains(":") ? "[" + host + "]" : host;
        };
        return "http://" + h + ":" + port() + "/";
    }

    /** The web console, opened on the query editor of the dataset. */
    public String consoleUrl() {
        return serverUrl() + "#/dataset/" + DATASET + "/query";
    }

    /** The network and timeline views (an index page linking both). */
    public String viewsUrl() {
        return serverUrl() + ViewServlet.PATH.substring(1) + "/";
    }

    /** The dataset URL (queries by GET or POST are accepted on it too). */
    public String datasetUrl() {
        return serverUrl() + DATASET;
    }

    /** The public SPARQL query endpoint. */
    public String queryUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The public, read-only Graph Store Protocol endpoint. */
    public String graphReadUrl() {
        return datasetUrl() + "/get";
    }

    /** The SPARQL Update endpoint (basic auth), when writes are on. */
    public Optional<String> updateUrl() {
        return writes ? Optional.of(datasetUrl() + "/update") : Optional.empty();
    }

    /** The read-write Graph Store Protocol endpoint (basic auth), when writes are on. */
    public Optional<String> graphWriteUrl() {
        return writes ? Optional.of(datasetUrl() + "/data") : Optional.empty();
    }

    public boolean writesEnabled() {
        return writes;
    }

    public Duration queryTimeout() {
        return queryTimeout;
    }

    /** The cache of query answers, when on (it is for TDB2 datasets unless the builder turned it off). */
    public Optional<QueryResultCache> queryCache() {
        return Optional.ofNullable(cache);
    }

    /** Where the served database lives, when it came from a store. */
    public Optional<Path> storeLocation() {
        return opened == null ? Optional.empty() : Optional.of(opened.location());
    }

    /** What to tell the user once the server is up: URLs, three example queries to paste, how writes work. */
    public List<String> banner() {
        return ServerBanner.of(this);
    }

    /** Configures a server; {@link #build()} opens the store, {@link #start()} also starts serving. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private BiokgStore store;
        private Dataset dataset;
        private Path passwordFile;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private boolean queryCache = true;

        private Builder() {
        }

        /** Address to listen on; default {@value DEFAULT_HOST} (this machine only). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Port to listen on; default {@value DEFAULT_PORT}; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new BiokgException(BiokgException.USAGE, "port must be between 0 and 65535, not " + port);
            this.port = port;
            return this;
        }

        /** Serve the current database of this store (opened by {@link #build()}, closed by {@link #stop()}). */
        public Builder store(BiokgStore store) {
            this.store = store;
            return this;
        }

        /** Serve this dataset instead of a store (the caller keeps it open). */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /**
         * Jetty/Fuseki password file ("user: password" lines). Without one, the write endpoints do not exist.
         */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** Longest time a query may run before it is stopped; default 30 seconds. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative() || timeout.isZero())
                throw new BiokgException(BiokgException.USAGE, "the query timeout must be a positive number of seconds");
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * Whether to answer a repeated query from a cache emptied by every write (default: on). It needs a TDB2
         * dataset, whose commits it can see; other datasets are always queried afresh.
         */
        public Builder queryCache(boolean on) {
            this.queryCache = on;
            return this;
        }

        public BiokgServer build() {
            JsonResultsWriter.install();
            if ((store == null) == (dataset == null))
                throw new IllegalStateException("give the builder either a store or a dataset");
            if (passwordFile != null)
                PasswordFiles.check(passwordFile);
            OpenDataset opened = store != null ? store.openCurrent() : null;
            try {
                Dataset served = opened != null ? opened.dataset() : dataset;
                QueryResultCache cache = queryCache && TDBInternal.isTDB2(served.asDatasetGraph())
                        ? new QueryResultCache(FusekiAssembler.queryPaths(), TDBInternal.getTransactionCoordinator(served.asDatasetGraph()), queryTimeout)
                        : null;
                FusekiServer fuseki = new FusekiAssembler(host, port, passwordFile, queryTimeout).assemble(served, cache);
                return new BiokgServer(fuseki, host, port, passwordFile != null, opened, queryTimeout, cache);
            } catch (RuntimeException e) {
                if (opened != null)
                    opened.close();
                throw e;
            }
        }

        public BiokgServer start() {
            return build().start();
        }
    }
}
