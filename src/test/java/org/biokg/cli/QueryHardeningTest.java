package org.biokg.cli;

import com.sun.net.httpserver.HttpServer;
import org.biokg.fixtures.CleanError;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 20 on {@code biokg query}: no SERVICE fetch from a local query unless asked, the server's timeout,
 * results streamed, and one line for an endpoint that is not one.
 */
class QueryHardeningTest {
    @TempDir
    static Path tmp;
    static Path store;
    static HttpServer web;
    /** Stands for a host inside the network: counts the connections a SERVICE would make. */
    static ServerSocket listener;
    static final AtomicInteger connections = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        store = tmp.resolve("store");
        BiokgStore.at(store).load(MadeUpBiography.dataset());
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", ex -> {
            byte[] page = "<!DOCTYPE html>\n<html><head><title>Welcome</title></head>\n<body><h1>Welcome</h1>\n<p>Nothing here.</p></body></html>\n"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(ex.getRequestURI().getPath().startsWith("/missing") ? 404 : 200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        web.start();
        listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (var s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    // closed
                }
            }
        }, "service-listener");
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void stop() throws IOException {
        web.stop(0);
        listener.close();
    }

    static String inside() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
    }

    static Path queryFile(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name + ".rq"), text);
    }

    static CliRunner query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = store.toString();
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRunner.run(all));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * WHERE { SERVICE <URL> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE SILENT <URL> { ?s ?p ?o } }",
            "SELECT * WHERE { VALUES ?u { <URL> } SERVICE ?u { ?s ?p ?o } }",
            "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <URL> { ?s ?p ?o } } }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <URL> { ?s ?p ?o } } } }",
            "ASK { BIND(EXISTS { SERVICE <URL> { ?s ?p ?o } } AS ?x) }",
            "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <URL> { ?s ?p ?o } }"})
    void aLocalQueryNeverFetchesAServiceUnlessAllowed(String text) throws IOException {
        int before = connections.get();
        Path file = queryFile("service", text.replace("URL", inside()));
        CliRunner r = query(file.toString());
        String line = CleanError.assertClean(2, r.code(), r.err());
        assertEquals("biokg: federated query (SERVICE) is off: this endpoint never fetches other URLs "
                + "(add --allow-service to let this query fetch from other endpoints)", line);
        assertEquals(before, connections.get(), "a request left for the SERVICE URL");
    }

    @Test
    void allowServiceLetsALocalQueryFetch() throws Exception {
        int before = connections.get();
        Path file = queryFile("silent", "SELECT * WHERE { SERVICE SILENT <" + inside() + "> { ?s ?p ?o } }");
        CliRunner r = query(file.toString(), "--allow-service", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        for (int i = 0; i < 50 && connections.get() == before; i++)
            Thread.sleep(100);
        assertTrue(connections.get() > before, "the SERVICE was not fetched");
    }

    @Test
    void aLocalQueryStopsAtTheTimeoutAndStreamsItsRowsUntilThen() throws IOException {
        Path file = queryFile("huge", "SELECT ?a ?b ?c WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }");
        LineCounter lines = new LineCounter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(new String[]{"query",
                file.toString(), "--format", "csv", "--timeout", "2", "--store", store.toString()},
                new PrintWriter(lines, true), new PrintWriter(err, true)));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals("biokg: the query took longer than 2 seconds and was stopped (raise --timeout, or narrow the query)",
                CleanError.assertClean(3, code, err.toString()));
        assertTrue(seconds < 20, "stopped after " + seconds + " s");
        // 552^3 rows would not fit in memory: rows went out as they came, before the timeout stopped the query
        assertTrue(lines.count > 10_000, "rows written before the timeout: " + lines.count);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "tsv", "json"})
    void largeResultsAreStreamedInEveryMachineFormat(String format) throws IOException {
        Path file = queryFile("pairs", "SELECT ?a ?b WHERE { ?a ?p ?x . ?b ?q ?y } LIMIT 200000");
        LineCounter lines = new LineCounter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"query", file.toString(), "--format", format, "--store", store.toString()},
                new PrintWriter(lines, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(lines.count >= 200_000, format + ": " + lines.count + " lines");
    }

    @Test
    void anEndpointThatAnswersHtmlIsNotASparqlEndpoint() {
        String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/";
        CliRunner r = CliRunner.run("query", "allies", "--endpoint", url);
        assertEquals("biokg: " + url + ": not a SPARQL endpoint (answered text/html)", CleanError.assertClean(2, r.code(), r.err()));
        String missing = url + "missing/sparql";
        CliRunner m = CliRunner.run("query", "allies", "--endpoint", missing);
        assertEquals("biokg: endpoint " + missing + " answered HTTP 404: an HTML page, not a SPARQL endpoint?",
                CleanError.assertClean(3, m.code(), m.err()));
    }

    @Test
    void anUnreachableEndpointIsOneClearLine() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/biokg/sparql";
        CliRunner r = CliRunner.run("query", "allies", "--endpoint", url);
        assertEquals("biokg: cannot reach endpoint " + url + ": connection refused (is the server running, on that port?)",
                CleanError.assertClean(3, r.code(), r.err()));
        CliRunner unknown = CliRunner.run("query", "allies", "--endpoint", "http://no-such-host.invalid/sparql");
        assertEquals("biokg: cannot reach endpoint http://no-such-host.invalid/sparql: unknown host",
                CleanError.assertClean(3, unknown.code(), unknown.err()));
        CliRunner bad = CliRunner.run("query", "allies", "--endpoint", "not a url");
        assertEquals("biokg: bad endpoint URL 'not a url': give an http:// or https:// URL",
                CleanError.assertClean(1, bad.code(), bad.err()));
        CliRunner file = CliRunner.run("query", "allies", "--endpoint", "file:///etc/passwd");
        assertEquals("biokg: bad endpoint URL 'file:///etc/passwd': give an http:// or https:// URL",
                CleanError.assertClean(1, file.code(), file.err()));
    }

    /** A writer that keeps only the number of lines written to it. */
    static final class LineCounter extends Writer {
        long count;

        @Override
        public void write(char[] buf, int off, int len) {
            for (int i = off; i < off + len; i++)
                if (buf[i] == '\n')
                    count++;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
