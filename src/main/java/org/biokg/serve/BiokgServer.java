package org.biokg.serve;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.biokg.store.ServedBy;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.biokg.BiokgException;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Fuseki in this JVM over the biokg dataset, with the web console and without the admin API.
 * <p>
 * Dataset {@code /biokg}: SPARQL queries are public and read-only on {@code /biokg/sparql}, {@code /biokg/query}
 * and {@code /biokg} itself; graphs are readable on {@code /biokg/get}. Writes (SPARQL Update on
 * {@code /biokg/update}, Graph Store Protocol on {@code /biokg/data}) exist only when a password file is given
 * and then need HTTP basic authentication; they live on their own paths because Fuseki's protection covers
 * every method of a path. The console gets the read-only server description, ping and statistics it needs.
 * The network and timeline views are static pages under {@code /view/} that query {@code /biokg/sparql}.
 * A repeated query is answered from a {@link QueryResultCache} that every committed write empties.
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
        String q = queryUrl();
        String writesLine = writes
                ? "Writes:         " + updateUrl().orElseThrow() + " (SPARQL Update) and " + graphWriteUrl().orElseThrow()
                  + " (Graph Store), HTTP basic auth"
                : "Writes:         off (start with --password-file FILE to allow authenticated updates)";
        List<String> lines = new ArrayList<>(List.of(
                "Console:        " + consoleUrl(),
                "Views:          " + viewsUrl() + " (network.html: who sided with whom; timeline.html: the subject's life)",
                "Query endpoint: " + q + " (read-only, query timeout " + queryTimeout.toSeconds() + " s)",
                writesLine,
                "Example queries (paste into a shell, or the query part into the console):"));
        for (ExampleQuery e : ExampleQuery.values()) {
            lines.add("  # " + e.description);
            lines.add("  curl -s " + q + " -H 'Accept: " + e.accept + "' --data-urlencode 'query=" + e.text + "'");
        }
        return List.copyOf(lines);
    }

    /** The example queries of the banner: one line each, no quote characters, so they paste into a shell. */
    enum ExampleQuery {
        PEOPLE("the people in the graph", "text/csv",
                "PREFIX biokg: <https://w3id.org/biokg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?person ?name WHERE { ?person a biokg:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 20"),
        ALLIES("the biography subject's allies and the sentences that say so", "text/csv",
                "PREFIX biokg: <https://w3id.org/biokg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <http://schema.org/> "
                        + "SELECT ?ally ?sentence WHERE { ?doc schema:about ?s . ?st rdf:subject ?s ; "
                        + "rdf:predicate biokg:alliedWith ; rdf:object ?a ; biokg:evidence/biokg:sentence/biokg:text ?sentence . "
                        + "?a rdfs:label ?ally } ORDER BY ?ally"),
        DOCUMENTS("the source documents, as Turtle", "text/turtle",
                "CONSTRUCT { ?doc ?p ?o } WHERE { ?doc <http://schema.org/about> ?subject ; ?p ?o }");

        final String description;
        final String accept;
        final String text;

        ExampleQuery(String description, String accept, String text) {
            this.description = description;
            this.accept = accept;
            this.text = text;
        }
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
                checkPasswordFile(passwordFile);
            OpenDataset opened = store != null ? store.openCurrent() : null;
            try {
                Dataset served = opened != null ? opened.dataset() : dataset;
                QueryResultCache cache = queryCache && TDBInternal.isTDB2(served.asDatasetGraph())
                        ? new QueryResultCache(queryPaths(), TDBInternal.getTransactionCoordinator(served.asDatasetGraph()), queryTimeout)
                        : null;
                FusekiServer fuseki = fuseki(served, cache);
                pooledResponseBuffers(fuseki);
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

        /**
         * Fuseki asks Jetty for a 5 MB response buffer, above what Jetty's buffer pool keeps: every response
         * then allocates (and zeroes) a fresh 5 MB of direct memory, which costs milliseconds per request and
         * is only given back when the garbage collector happens to run. Jetty's own default (32 kB) is pooled.
         */
        private static void pooledResponseBuffers(FusekiServer fuseki) {
            for (Connector c : fuseki.getJettyServer().getConnectors()) {
                for (ConnectionFactory f : c.getConnectionFactories()) {
                    if (f instanceof HttpConnectionFactory http) {
                        http.getHttpConfiguration().setOutputBufferSize(RESPONSE_BUFFER_BYTES);
                    }
                }
            }
        }

        /** The request paths that answer SPARQL queries (see the endpoints below). */
        private static Set<String> queryPaths() {
            return Set.of("/" + DATASET, "/" + DATASET + "/sparql", "/" + DATASET + "/query");
        }

        private FusekiServer fuseki(Dataset served, QueryResultCache cache) {
            // Fuseki takes timeouts from the context of the endpoint that runs the request.
            Context limits = new Context();
            limits.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            limits.set(ARQ.updateTimeout, Long.toString(queryTimeout.toMillis()));
            // No SERVICE: queries from the network must not make this server fetch URLs. The query operation
            // refuses them with 400; the dataset's context stops any other (SERVICE in an update, say).
            FederatedQuery.forbid(served.getContext());
            DataService.Builder data = DataService.newBuilder(served.asDatasetGraph())
                    .addEndpoint(query("", limits))
                    .addEndpoint(endpoint(Operation.GSP_R, "", null, limits))
                    .addEndpoint(query("sparql", limits))
                    .addEndpoint(query("query", limits))
                    .addEndpoint(endpoint(Operation.GSP_R, "get", null, limits));
            if (passwordFile != null) {
                // Any user in the password file may write; everybody else gets 401.
                data.addEndpoint(endpoint(Operation.Update, "update", Auth.ANY_USER, limits))
                    .addEndpoint(endpoint(Operation.GSP_RW, "data", Auth.ANY_USER, limits));
            }

            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .add("/" + DATASET, data.build())
                    // The console (FMod_UI) needs a server-control object, the read-only server description
                    // (it lists datasets from it), ping and per-dataset statistics; nothing else of the admin API.
                    .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(uiFreeBase()))
                    .addServlet("/$/server", new ActionServerStatus())
                    // The network and timeline views: static pages that query /biokg like any other client.
                    .addServlet(ViewServlet.PATH + "/*", new ViewServlet())
                    .enablePing(true)
                    .enableStats(true)
                    .fusekiModules(FusekiModules.create(new FMod_UI()));
            if (passwordFile != null) {
                b.passwordFile(passwordFile.toString()).realm(REALM);
                // Writes only from this server's own pages or from non-browser clients (CSRF).
                SameOriginWrites sameOrigin = new SameOriginWrites();
                b.addFilter("/" + DATASET + "/update", sameOrigin).addFilter("/" + DATASET + "/data", sameOrigin);
            }
            if (cache != null)
                b.addFilter("/" + DATASET + "/*", cache);
            // The console's page, with the script that makes it speak biokg.
            b.addFilter("/*", new ConsolePage());
            FusekiServer server = b.build();
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
            return server;
        }

        private static Endpoint query(String name, Context context) {
            return Endpoint.create().operation(Operation.Query).endpointName(name).context(context)
                    .processor(new QueryWithoutService()).build();
        }

        private static Endpoint endpoint(Operation op, String name, AuthPolicy auth, Context context) {
            return Endpoint.create().operation(op).endpointName(name).authPolicy(auth).context(context).build();
        }

        /**
         * FMod_UI serves {@code <base>/webapp} in preference to the console in jena-fuseki-ui; a base that does
         * not exist makes it always use the jar's copy, and keeps Fuseki from writing a run/ area.
         */
        private static Path uiFreeBase() {
            return Path.of(System.getProperty("java.io.tmpdir"), "biokg-no-fuseki-base-" + UUID.randomUUID());
        }

        private static void checkPasswordFile(Path file) {
            if (!Files.isRegularFile(file))
                throw BiokgException.badInput("password file not found: " + file);
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw BiokgException.badInput("cannot read password file " + file + ": " + e.getMessage());
            }
            boolean anyUser = lines.stream().map(String::strip)
                    .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && l.indexOf(':') > 0);
            if (!anyUser)
                throw BiokgException.badInput("password file " + file + " has no 'user: password' line");
        }
    }
}
