package org.biokg.cli;

import org.biokg.fixtures.MadeUpBiography;
import org.biokg.serve.BiokgServer;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

/** {@code biokg serve} in-process: what it prints, and its errors. */
class ServeCommandTest {
    @TempDir
    static Path tmp;
    static Path store;
    private final Consumer<BiokgServer> originalWait = ServeCommand.awaitStop;

    @BeforeAll
    static void loadStore() {
        store = tmp.resolve("store");
        BiokgStore.at(store).load(MadeUpBiography.dataset());
    }

    @AfterEach
    void restoreWait() {
        ServeCommand.awaitStop = originalWait;
    }

    static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsConsoleEndpointAndExamplesThenServes() throws Exception {
        AtomicReference<Integer> status = new AtomicReference<>();
        ServeCommand.awaitStop = server -> {
            // While "waiting", the server answers; then the test stops it as Ctrl-C would.
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.queryUrl() + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).build(), HttpResponse.BodyHandlers.ofString());
                status.set(r.statusCode());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            } finally {
                server.stop();
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "serve", "--port", "0", "--store", store.toString(), "--timeout", "5");
        assertEquals(0, code, err.toString());
        assertEquals(200, status.get());
        String text = out.toString();
        assertTrue(text.startsWith("biokg: serving " + store.resolve("tdb-")), text);
        assertTrue(text.matches("(?s).*Console:        http://127\\.0\\.0\\.1:\\d+/#/dataset/biokg/query\n.*"), text);
        assertTrue(text.matches("(?s).*Query endpoint: http://127\\.0\\.0\\.1:\\d+/biokg/sparql \\(read-only, query timeout 5 s\\).*"), text);
        assertTrue(text.matches("(?s).*Views:          http://127\\.0\\.0\\.1:\\d+/view/ .*"), text);
        assertEquals(3, text.lines().filter(l -> l.startsWith("  curl -s http://127.0.0.1:")).count(), text);
        assertTrue(text.contains("Writes:         off"), text);
        assertTrue(text.contains("Press Ctrl-C to stop."), text);
    }

    @Test
    void theQueryCacheIsOnByDefaultAndCanBeTurnedOff() {
        AtomicReference<Boolean> cached = new AtomicReference<>();
        ServeCommand.awaitStop = server -> {
            cached.set(server.queryCache().isPresent());
            server.stop();
        };
        assertEquals(0, run(new StringWriter(), new StringWriter(), "serve", "--port", "0", "--store", store.toString()));
        assertEquals(true, cached.get());
        assertEquals(0, run(new StringWriter(), new StringWriter(), "serve", "--port", "0", "--store", store.toString(),
                "--no-query-cache"));
        assertEquals(false, cached.get());
    }

    @Test
    void portInUseExitsWithCodeThree() throws IOException {
        ServeCommand.awaitStop = server -> fail("must not serve");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = run(out, err, "serve", "--port", Integer.toString(taken.getLocalPort()), "--store", store.toString());
            assertEquals(3, code);
            assertEquals("biokg: port " + taken.getLocalPort() + " on 127.0.0.1 is already in use; stop the other server or choose another with --port",
                    err.toString().strip());
        }
        // The store was released: it can be served again.
        ServeCommand.awaitStop = BiokgServer::stop;
        assertEquals(0, run(new StringWriter(), new StringWriter(), "serve", "--port", "0", "--store", store.toString()));
    }

    @Test
    void missingStoreOrPasswordFileAreBadInput() {
        ServeCommand.awaitStop = server -> fail("must not serve");
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "serve", "--port", "0", "--store", tmp.resolve("none").toString()));
        assertEquals("biokg: no store at " + tmp.resolve("none") + "; run 'biokg build' first", err.toString().strip());

        StringWriter err2 = new StringWriter();
        assertEquals(2, run(new StringWriter(), err2, "serve", "--port", "0", "--store", store.toString(),
                "--password-file", tmp.resolve("passwd").toString()));
        assertEquals("biokg: password file not found: " + tmp.resolve("passwd"), err2.toString().strip());
    }

    @Test
    void helpHasExamples() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "serve", "--help"));
        assertTrue(out.toString().contains("--password-file"));
        assertTrue(out.toString().contains("biokg serve --port 8080"));
    }
}
