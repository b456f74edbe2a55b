package org.biokg.serve;

import org.biokg.BiokgException;
import org.biokg.fixtures.CleanError;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 20 over HTTP on loopback: public queries never make the server fetch a URL (SSRF), cross-origin writes
 * are refused even with the password (CSRF), and a corrupt store is never served.
 */
class HardeningServerTest {
    @TempDir
    static Path tmp;
    static BiokgServer server;
    static ServerSocket listener;
    static final AtomicInteger connections = new AtomicInteger();
    static final String MARK = "<http://example.org/csrf-probe>";

    @BeforeAll
    static void start() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        Path passwords = Files.writeString(tmp.resolve("passwd"), "alice: s3cret\n");
        server = BiokgServer.builder().store(store).port(0).passwordFile(passwords).start();
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (var s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    // closed
                }
            }
        }, "ssrf-listener");
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null)
            server.stop();
        listener.close();
    }

    static String inside() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/internal";
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        // a client of its own: the server may close a connection after refusing a body it did not read
        HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return own.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String path, String how, String query) throws Exception {
        String url = server.serverUrl() + path.substring(1);
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder b = switch (how) {
            case "GET" -> HttpRequest.newBuilder(URI.create(url + "?" + form)).GET();
            case "FORM" -> HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            default -> HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query));
        };
        return send(b.header("Accept", "application/sparql-results+json"));
    }

    @ParameterizedTest(name = "{1} {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "/biokg/sparql | GET  | SELECT * WHERE { SERVICE <URL> { ?s ?p ?o } }",
            "/biokg/sparql | FORM | SELECT * WHERE { SERVICE SILENT <URL> { ?s ?p ?o } }",
            "/biokg/sparql | BODY | SELECT * WHERE { VALUES ?u { <URL> } SERVICE ?u { ?s ?p ?o } }",
            "/biokg/query  | GET  | SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <URL> { ?s ?p ?o } } }",
            "/biokg/query  | FORM | SELECT * WHERE { { SELECT ?s WHERE { SERVICE <URL> { ?s ?p ?o } } } }",
            "/biokg/query  | BODY | ASK { BIND(EXISTS { SERVICE <URL> { ?s ?p ?o } } AS ?x) }",
            "/biokg        | GET  | CONSTRUCT { ?s ?p ?o } WHERE { SERVICE SILENT <URL> { ?s ?p ?o } }",
            "/biokg        | FORM | DESCRIBE ?s WHERE { SERVICE <URL> { ?s ?p ?o } }",
            "/biokg        | BODY | SELECT * WHERE { ?s ?p ?o MINUS { SERVICE SILENT <URL> { ?s ?p ?o } } }"})
    void aPublicQueryNamingAServiceIsRefusedAndFetchesNothing(String path, String how, String text) throws Exception {
        int before = connections.get();
        HttpResponse<String> r = query(path, how.strip(), text.replace("URL", inside()));
        String body = CleanError.assertCleanHttp(400, r.statusCode(), r.body());
        assertTrue(body.contains(FederatedQuery.REFUSED), body);
        assertFalse(body.contains(inside()), "the answer echoes the URL: " + body);
        Thread.sleep(100);
        assertEquals(before, connections.get(), "the server made a request to the SERVICE URL");
    }

    @Test
    void anAuthenticatedUpdateCannotFetchAServiceEither() throws Exception {
        int before = connections.get();
        HttpResponse<String> r = update("INSERT { " + MARK + " <http://example.org/p> ?o } WHERE { SERVICE <" + inside()
                + "> { ?s ?p ?o } }", true, null, null);
        String body = CleanError.assertCleanHttp(400, r.statusCode(), r.body());
        assertTrue(body.contains(FederatedQuery.REFUSED), body);
        assertFalse(marked("x"));
        Thread.sleep(100);
        assertEquals(before, connections.get(), "the server made a request to the SERVICE URL");
    }

    static HttpResponse<String> update(String text, boolean credentials, String origin, String referer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.updateUrl().orElseThrow()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
        return send(headers(b, credentials, origin, referer));
    }

    static HttpRequest.Builder headers(HttpRequest.Builder b, boolean credentials, String origin, String referer) {
        if (credentials)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)));
        if (origin != null)
            b.header("Origin", origin);
        if (referer != null)
            b.header("Referer", referer);
        return b;
    }

    static boolean marked(String value) throws Exception {
        HttpResponse<String> r = query("/biokg/sparql", "FORM", "ASK { " + MARK + " ?p \"" + value + "\" }");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    static String self() {
        return "http://127.0.0.1:" + server.port();
    }

    @ParameterizedTest(name = "Origin {0}, Referer {1}")
    @CsvSource(nullValues = "-", value = {
            "http://evil.example, -",
            "-, http://evil.example/page.html",
            "null, -",
            "http://evil.example, SELF/",
            "http://127.0.0.1:1, -",
            "http://localhost:PORT, -",
            "https://127.0.0.1:PORT, -"})
    void aCrossOriginUpdateIsRefusedEvenWithThePassword(String origin, String referer) throws Exception {
        origin = origin == null ? null : origin.replace("PORT", Integer.toString(server.port()));
        referer = referer == null ? null : referer.replace("SELF", self());
        String value = "csrf-" + System.nanoTime();
        HttpResponse<String> r = update("INSERT DATA { " + MARK + " <http://example.org/p> \"" + value + "\" }", true, origin, referer);
        String body = CleanError.assertCleanHttp(403, r.statusCode(), r.body());
        assertTrue(body.startsWith("cross-origin write refused: " + (origin != null ? "Origin " + origin : "Referer " + referer)
                + " is not this server (http://127.0.0.1:" + server.port() + ")"), body);
        assertFalse(marked(value), "the write went through");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PUT", "POST", "DELETE"})
    void aCrossOriginGraphStoreWriteIsRefused(String method) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.graphWriteUrl().orElseThrow() + "?default"))
                .header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString(MARK + " <http://example.org/p> \"gsp\" ."));
        HttpResponse<String> r = send(headers(b, true, "http://evil.example", null));
        CleanError.assertCleanHttp(403, r.statusCode(), r.body());
        assertFalse(marked("gsp"));
        HttpResponse<String> count = query("/biokg/sparql", "FORM", "ASK { ?s ?p ?o }");
        assertTrue(count.body().contains("true"), "the default graph was emptied");
    }

    @Test
    void aCrossOriginWriteWithoutThePasswordIsRefusedToo() throws Exception {
        HttpResponse<String> r = update("INSERT DATA { " + MARK + " <http://example.org/p> \"anon\" }", false, "http://evil.example", null);
        // the password check comes first
        assertEquals(401, r.statusCode(), r.body());
        assertFalse(marked("anon"));
    }

    @ParameterizedTest(name = "Origin {0}, Referer {1}")
    @CsvSource(nullValues = "-", value = {"SELF, -", "-, SELF/#/dataset/biokg/query", "-, -"})
    void sameOriginAndNonBrowserWritesWithThePasswordAreAccepted(String origin, String referer) throws Exception {
        origin = origin == null ? null : origin.replace("SELF", self());
        referer = referer == null ? null : referer.replace("SELF", self());
        String value = "ok-" + System.nanoTime();
        HttpResponse<String> r = update("INSERT DATA { " + MARK + " <http://example.org/p> \"" + value + "\" }", true, origin, referer);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertTrue(marked(value));
    }

    static final String[] WRITE_PATHS = {"/biokg/update", "/biokg/data", "/biokg/sparql", "/biokg/query", "/biokg",
            "/biokg/get", "/biokg/upload", "/$/datasets", "/$/datasets/biokg", "/$/server", "/$/compact/biokg",
            "/$/backup/biokg", "/$/reload", "/view/network.html"};
    static final String[] WRITE_METHODS = {"POST form", "POST body", "PUT", "DELETE", "PATCH"};

    @Test
    void noWriteWithoutValidCredentialsIsAcceptedAnywhere() throws Exception {
        int attempts = 0;
        for (String path : WRITE_PATHS) {
            for (String method : WRITE_METHODS) {
                for (String user : new String[]{null, "alice:wrong", "mallory:s3cret"}) {
                    String value = "unauth-" + attempts;
                    String update = "INSERT DATA { " + MARK + " <http://example.org/p> \"" + value + "\" }";
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.serverUrl() + path.substring(1)));
                    switch (method) {
                        case "POST form" -> b.header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)));
                        case "POST body" -> b.header("Content-Type", "application/sparql-update")
                                .POST(HttpRequest.BodyPublishers.ofString(update));
                        default -> b.header("Content-Type", "text/turtle").method(method,
                                HttpRequest.BodyPublishers.ofString(MARK + " <http://example.org/p> \"" + value + "\" ."));
                    }
                    if (user != null)
                        b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
                    HttpResponse<String> r = send(b);
                    attempts++;
                    // the read-only server description answers a POST with itself; everything else refuses
                    if (!path.equals("/$/server"))
                        assertTrue(r.statusCode() >= 400, method + " " + path + " as " + user + ": " + r.statusCode());
                    assertFalse(r.body().contains("\tat "), r.body());
                    assertFalse(marked(value), method + " " + path + " as " + user + " wrote");
                }
            }
        }
        assertEquals(WRITE_PATHS.length * WRITE_METHODS.length * 3, attempts);
        HttpResponse<String> all = query("/biokg/sparql", "FORM", "ASK { ?s ?p ?o }");
        assertTrue(all.body().contains("true"), "the data is gone");
    }

    @Test
    void viewPathsNeverLeaveTheViews() throws Exception {
        for (String path : new String[]{"../biokg/update", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fetc%2fpasswd",
                "..\\..\\etc\\passwd", "%252e%252e/etc/passwd", "/etc/passwd", "file:/etc/passwd", "queries/../../pom.xml",
                "vendor/%2e%2e/%2e%2e/%2e%2e/pom.xml", "..;/..;/etc/passwd", "%c0%ae%c0%ae/etc/passwd", "network.html%00.rq"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.viewsUrl() + path.replace("\\", "%5c"))).GET());
            assertTrue(r.statusCode() >= 400, path + ": " + r.statusCode());
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), path);
            assertFalse(r.body().contains("\tat "), path);
        }
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1", server.host());
        java.net.InetAddress other = null;
        for (var nif : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()))
            for (var a : java.util.Collections.list(nif.getInetAddresses()))
                if (!a.isLoopbackAddress() && a instanceof java.net.Inet4Address)
                    other = a;
        org.junit.jupiter.api.Assumptions.assumeTrue(other != null, "this machine has no other address to try");
        java.net.InetAddress address = other;
        assertThrows(java.net.ConnectException.class, () -> {
            try (var s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(address, server.port()), 2000);
            }
        });
    }

    @Test
    void aCorruptStoreIsNeverServed() throws IOException {
        BiokgStore bad = BiokgStore.at(tmp.resolve("corrupt"));
        Path gen = bad.load(MadeUpBiography.dataset()).location();
        Path data;
        try (var s = Files.list(gen)) {
            data = s.filter(p -> p.getFileName().toString().startsWith("Data-")).findFirst().orElseThrow();
        }
        try (FileChannel ch = FileChannel.open(data.resolve("nodes-data.obj"), StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        BiokgException e = assertThrows(BiokgException.class, () -> BiokgServer.builder().store(bad).port(0).start());
        assertEquals(BiokgException.RUNTIME, e.exitCode());
        String expected = "store " + bad.root() + " is corrupt (node file nodes-data.obj is cut short); rebuild it with 'biokg build --store " + bad.root() + "'";
        assertEquals(expected, e.getMessage());
    }
}
