package org.biokg.serve;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
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
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Assembles the Fuseki server a {@link BiokgServer} runs: the dataset's endpoints (public read-only queries and
 * graph reads; updates and graph writes behind basic authentication when there is a password file), the query
 * timeout and the ban on SERVICE, the web console with the little of the admin API it needs, the views, the
 * filters (same-origin writes, the query cache, the console page) and the address to listen on.
 */
final class FusekiAssembler {
    private final String host;
    private final int port;
    private final Path passwordFile;
    private final Duration queryTimeout;

    /** {@code passwordFile} may be null: then there are no write endpoints. */
    FusekiAssembler(String host, int port, Path passwordFile, Duration queryTimeout) {
        this.host = host;
        this.port = port;
        this.passwordFile = passwordFile;
        this.queryTimeout = queryTimeout;
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
                    http.getHttpConfiguration().setOutputBufferSize(BiokgServer.RESPONSE_BUFFER_BYTES);
                }
            }
        }
    }

    /** The request paths that answer SPARQL queries (see the endpoints below). */
    static Set<String> queryPaths() {
        return Set.of("/" + BiokgServer.DATASET, "/" + BiokgServer.DATASET + "/sparql", "/" + BiokgServer.DATASET + "/query");
    }

    /** The Fuseki server over the dataset, not started; the query cache (or null) answers repeated queries. */
    FusekiServer assemble(Dataset served, QueryResultCache cache) {
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
                .add("/" + BiokgServer.DATASET, data.build())
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
            b.passwordFile(passwordFile.toString()).realm(BiokgServer.REALM);
            // Writes only from this server's own pages or from non-browser clients (CSRF).
            SameOriginWrites sameOrigin = new SameOriginWrites();
            b.addFilter("/" + BiokgServer.DATASET + "/update", sameOrigin).addFilter("/" + BiokgServer.DATASET + "/data", sameOrigin);
        }
        if (cache != null)
            b.addFilter("/" + BiokgServer.DATASET + "/*", cache);
        // The console's page, with the script that makes it speak biokg.
        b.addFilter("/*", new ConsolePage());
        FusekiServer server = b.build();
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(host);
        pooledResponseBuffers(server);
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
}
