package org.biokg.serve;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.vocabulary.RDFS;
import org.biokg.BiokgException;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The server over HTTP: public queries, guarded writes, the console and its limits. */
class BiokgServerTest {
    @TempDir
    static Path tmp;
    static BiokgStore store;
    static Path passwords;
    /** With a password file: writes on, behind basic auth. */
    static BiokgServer guarded;
    /** Without one: writes off. */
    static BiokgServer readOnly;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        passwords = Files.writeString(tmp.resolve("passwd"), "# writers\nalice: s3cret\n");
        guarded = BiokgServer.builder().store(store).port(0).passwordFile(passwords).start();
        readOnly = BiokgServer.builder().store(store).port(0).start();
    }

    @AfterAll
    static void stop() {
        if (guarded != null)
            guarded.stop();
        if (readOnly != null)
            readOnly.stop();
    }

    static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postForm(String url, String param, String value, String accept, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (accept != null)
            b.header("Accept", accept);
        if (user != null)
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        // writes may be refused unread: on a connection of their own (see send)
        HttpClient client = param.equals("update") ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build() : http;
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String url, String contentType, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        // a connection of its own: the server closes one after refusing a body it did not read, and a pooled
        // connection reused just then answers nothing
        HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return own.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static final String LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?label WHERE { <" + MadeUpBiography.RES + "Mira_Kessel> rdfs:label ?label }";

    static boolean ask(BiokgServer server, String pattern) throws Exception {
        HttpResponse<String> r = postForm(server.queryUrl(), "query", "ASK { " + pattern + " }",
                "application/sparql-results+json", null, null);
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
    }

    @Test
    void aResponseManyTimesTheResponseBufferArrivesWhole() throws Exception {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 4000; i++)
            values.append(' ').append(i);
        String query = "SELECT ?i ?text WHERE { VALUES ?i {" + values + " } BIND (CONCAT(\"row \", STR(?i)) AS ?text) }";
        for (int round = 0; round < 3; round++) {
            HttpResponse<String> r = postForm(readOnly.queryUrl(), "query", query, "application/sparql-results+json", null, null);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().length() > 4 * BiokgServer.RESPONSE_BUFFER_BYTES, "size " + r.body().length());
            var rows = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
            int n = 0;
            while (rows.hasNext()) {
                assertEquals("row " + n, rows.next().getLiteral("text").getString());
                n++;
            }
            assertEquals(4000, n);
        }
    }

    @Test
    void selectAnswersInJson() throws Exception {
        for (String url : List.of(guarded.queryUrl(), guarded.datasetUrl(), guarded.datasetUrl() + "/query")) {
            HttpResponse<String> r = postForm(url, "query", LABELS, "application/sparql-results+json", null, null);
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
            assertEquals("Mira Kessel", rs.next().getLiteral("label").getString());
            assertFalse(rs.hasNext());
        }
        HttpResponse<String> byGet = get(guarded.queryUrl() + "?query=" + URLEncoder.encode(LABELS, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, byGet.statusCode());
        assertTrue(byGet.body().contains("\"Mira Kessel\""), byGet.body());
    }

    @Test
    void constructAnswersInTurtle() throws Exception {
        String construct = "PREFIX schema: <http://schema.org/> CONSTRUCT { ?doc schema:about ?s } WHERE { ?doc schema:about ?s }";
        HttpResponse<String> r = postForm(guarded.queryUrl(), "query", construct, "text/turtle", null, null);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertEquals(1, m.size());
        assertTrue(m.contains(m.createResource(MadeUpBiography.RES + "document/mira-kessel"),
                m.createProperty("http://schema.org/about"), m.createResource(MadeUpBiography.RES + "Mira_Kessel")));
    }

    @Test
    void graphsAreReadableOnGet() throws Exception {
        HttpResponse<String> r = get(guarded.graphReadUrl() + "?graph=" + URLEncoder.encode(MadeUpBiography.CANDIDATES, StandardCharsets.UTF_8),
                "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Some said Kessel and Gregor Hale were friends."));
        assertEquals(200, get(guarded.graphReadUrl() + "?default", "text/turtle").statusCode());
    }

    @Test
    void updateWithoutCredentialsIsRefusedAndChangesNothing() throws Exception {
        String insert = "INSERT DATA { <urn:test:anon> <urn:test:p> \"x\" }";
        assertEquals(401, postForm(guarded.updateUrl().orElseThrow(), "update", insert, null, null, null).statusCode());
        assertEquals(401, postForm(guarded.updateUrl().orElseThrow(), "update", insert, null, "alice", "wrong").statusCode());
        assertEquals(401, send("PUT", guarded.graphWriteUrl().orElseThrow() + "?default", "text/turtle",
                "<urn:test:anon> <urn:test:p> \"x\" .").statusCode());
        // Updates sent to the public endpoints are not executed either.
        assertTrue(postForm(guarded.queryUrl(), "update", insert, null, null, null).statusCode() >= 400);
        assertTrue(send("POST", guarded.datasetUrl(), "application/sparql-update", insert).statusCode() >= 400);
        assertTrue(send("PUT", guarded.graphReadUrl() + "?default", "text/turtle", "<urn:test:anon> <urn:test:p> \"x\" .").statusCode() >= 400);
        assertFalse(ask(guarded, "<urn:test:anon> ?p ?o"));
        assertTrue(ask(guarded, "?s ?p \"Mira Kessel\""), "the data is all still there");
    }

    @Test
    void authenticatedUpdateWorks() throws Exception {
        String insert = "INSERT DATA { <urn:test:auth> <urn:test:p> \"written\" }";
        int status = postForm(guarded.updateUrl().orElseThrow(), "update", insert, null, "alice", "s3cret").statusCode();
        assertTrue(status == 200 || status == 204, "status " + status);
        assertTrue(ask(guarded, "<urn:test:auth> <urn:test:p> \"written\""));
        int delete = postForm(guarded.updateUrl().orElseThrow(), "update", "DELETE DATA { <urn:test:auth> <urn:test:p> \"written\" }",
                null, "alice", "s3cret").statusCode();
        assertTrue(delete == 200 || delete == 204);
        assertFalse(ask(guarded, "<urn:test:auth> ?p ?o"));
    }

    static HttpResponse<String> postQuery(String url, String query, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(query));
        if (headers.length > 0)
            b.headers(headers);
        if (!List.of(headers).contains("Accept"))
            b.header("Accept", "text/csv");
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheUntilAWriteCommits() throws Exception {
        String query = "SELECT ?o WHERE { <urn:test:cached> <urn:test:p> ?o }";
        QueryResultCache cache = readOnly.queryCache().orElseThrow();
        HttpResponse<String> first = postQuery(readOnly.queryUrl(), query);
        assertEquals(200, first.statusCode());
        assertEquals("o", first.body().strip());
        HttpResponse<String> again = postQuery(readOnly.queryUrl(), query);
        assertEquals("hit", again.headers().firstValue(QueryResultCache.STATUS_HEADER).orElse(""));
        assertEquals(first.body(), again.body());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        // another format, or the same query by GET, is another answer
        assertEquals("miss", postQuery(readOnly.queryUrl(), query, "Accept", "application/sparql-results+json")
                .headers().firstValue(QueryResultCache.STATUS_HEADER).orElse(""));
        // Cache-Control: no-cache evaluates afresh
        long misses = cache.misses();
        assertEquals("miss", postQuery(readOnly.queryUrl(), query, "Cache-Control", "no-cache")
                .headers().firstValue(QueryResultCache.STATUS_HEADER).orElse(""));
        assertEquals(misses + 1, cache.misses());

        // a write through the other server on the same store empties this one's cache too
        String insert = "INSERT DATA { <urn:test:cached> <urn:test:p> \"new\" }";
        int status = postForm(guarded.updateUrl().orElseThrow(), "update", insert, null, "alice", "s3cret").statusCode();
        assertTrue(status == 200 || status == 204, "status " + status);
        try {
            HttpResponse<String> after = postQuery(readOnly.queryUrl(), query);
            assertEquals("miss", after.headers().firstValue(QueryResultCache.STATUS_HEADER).orElse(""));
            assertTrue(after.body().contains("new"), after.body());
        } finally {
            postForm(guarded.updateUrl().orElseThrow(), "update", "DELETE DATA { <urn:test:cached> <urn:test:p> \"new\" }",
                    null, "alice", "s3cret");
        }
        assertFalse(postQuery(readOnly.queryUrl(), query).body().contains("new"), "the delete is seen too");
    }

    @Test
    void anAnswerCutShortByTheTimeoutIsNotCached() throws Exception {
        BiokgServer quick = BiokgServer.builder().store(store).port(0).queryTimeout(Duration.ofSeconds(1)).start();
        try {
            // rows stream out from the start, so the response has begun (status 200) when the timeout stops the
            // query: Fuseki then ends it with a note, and the answer (small enough to keep) must not be kept
            String query = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER (?b = ?h && ?e = ?h) }";
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = postQuery(quick.queryUrl(), query, "Accept", "text/tab-separated-values");
                System.out.println("cut short: status " + r.statusCode() + ", " + r.body().length() + " chars");
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("Incomplete results"), "the query should outlast the timeout");
                assertEquals("miss", r.headers().firstValue(QueryResultCache.STATUS_HEADER).orElse(""));
            }
        } finally {
            quick.stop();
        }
    }

    @Test
    void failedQueriesAreNotCached() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = postQuery(readOnly.queryUrl(), "SELECT WHERE {");
            assertEquals(400, r.statusCode());
            assertEquals("miss", r.headers().firstValue(QueryResultCache.STATUS_HEADER).orElse(""));
        }
    }

    @Test
    void withoutAPasswordFileThereAreNoWriteEndpoints() throws Exception {
        assertFalse(readOnly.writesEnabled());
        assertTrue(readOnly.updateUrl().isEmpty());
        String insert = "INSERT DATA { <urn:test:open> <urn:test:p> \"x\" }";
        int update = postForm(readOnly.datasetUrl() + "/update", "update", insert, null, null, null).statusCode();
        assertTrue(update == 404 || update == 405, "status " + update);
        int put = send("PUT", readOnly.datasetUrl() + "/data?default", "text/turtle", "<urn:test:open> <urn:test:p> \"x\" .").statusCode();
        assertTrue(put == 404 || put == 405, "status " + put);
        assertTrue(send("POST", readOnly.datasetUrl(), "application/sparql-update", insert).statusCode() >= 400);
        assertFalse(ask(readOnly, "<urn:test:open> ?p ?o"));
    }

    @Test
    void adminApiIsOffButTheConsoleGetsItsReadOnlyServices() throws Exception {
        String base = guarded.serverUrl();
        HttpResponse<String> server = get(base + "$/server", "application/json");
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("\"/biokg\""), server.body());
        assertEquals(200, get(base + "$/ping", null).statusCode());
        assertEquals(200, get(base + "$/stats/biokg", "application/json").statusCode());
        for (String path : List.of("$/datasets", "$/backup/biokg", "$/backups-list", "$/compact/biokg", "$/tasks", "$/metrics", "$/logs"))
            assertEquals(404, get(base + path, null).statusCode(), path);
        HttpResponse<String> create = send("POST", base + "$/datasets?dbName=intruder&dbType=mem", "application/x-www-form-urlencoded", "");
        assertTrue(create.statusCode() == 404 || create.statusCode() == 405, "status " + create.statusCode());
        assertEquals(404, get(base + "intruder/sparql?query=ASK%7B%7D", null).statusCode());
    }

    @Test
    void consolePageAndItsScriptsAreServedFromThisServer() throws Exception {
        for (String page : List.of(guarded.serverUrl(), guarded.serverUrl() + "index.html")) {
            HttpResponse<String> r = get(page, "text/html");
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.body().contains("<div id=\"app\"></div>"), r.body());
        }
        String html = get(guarded.serverUrl() + "index.html", "text/html").body();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        List<String> assets = new ArrayList<>();
        while (m.find())
            assets.add(m.group(1));
        assertTrue(assets.stream().anyMatch(a -> a.endsWith(".js")), assets.toString());
        for (String asset : assets) {
            assertFalse(asset.matches("(?i)(https?:)?//.*"), "the console must not load " + asset + " from another host");
            HttpResponse<String> r = get(guarded.serverUrl() + asset.replaceFirst("^\\./", ""), null);
            assertEquals(200, r.statusCode(), asset);
            if (asset.endsWith(".js")) {
                assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("javascript"));
                if (asset.contains("static/"))
                    assertTrue(r.body().length() > 100_000, "the console's main script");
            }
        }
        // biokg's one addition to Fuseki's page: the script that makes the console speak biokg, and its configuration.
        assertTrue(assets.contains("./view/console.js"), assets.toString());
        assertTrue(html.contains("<title>biokg console (Apache Jena Fuseki)</title>"), html);
        HttpResponse<String> config = get(guarded.serverUrl() + "view/console.json", null);
        assertEquals(200, config.statusCode());
        assertTrue(config.body().contains("\"name\":\"allies\""), config.body());
        assertTrue(config.body().contains("\"prefix\":\"biokg\",\"uri\":\"https://w3id.org/biokg/ontology#\""), config.body());
        assertFalse(config.body().contains("\"name\":\"view-network\""), "the views' own queries are not examples");
    }

    @Test
    void bannerGivesUrlsAndThreeExampleQueriesThatRun() throws Exception {
        List<String> banner = guarded.banner();
        String all = String.join("\n", banner);
        assertTrue(all.contains("Console:        http://127.0.0.1:" + guarded.port() + "/#/dataset/biokg/query"), all);
        assertTrue(all.contains("Views:          http://127.0.0.1:" + guarded.port() + "/view/ "), all);
        assertTrue(all.contains("Query endpoint: http://127.0.0.1:" + guarded.port() + "/biokg/sparql"), all);
        assertTrue(all.contains(guarded.updateUrl().orElseThrow()));
        assertTrue(String.join("\n", readOnly.banner()).contains("Writes:         off"));
        // Each example is a curl line that pastes into a shell as it is, and answers.
        Pattern curl = Pattern.compile("  curl -s (\\S+) -H 'Accept: ([^']+)' --data-urlencode 'query=([^']+)'");
        List<String> answers = new ArrayList<>();
        for (String line : banner) {
            if (!line.startsWith("  curl"))
                continue;
            Matcher m = curl.matcher(line);
            assertTrue(m.matches(), line);
            assertEquals(guarded.queryUrl(), m.group(1));
            HttpResponse<String> r = postForm(m.group(1), "query", m.group(3), m.group(2), null, null);
            assertEquals(200, r.statusCode(), line + "\n" + r.body());
            answers.add(r.body());
        }
        assertEquals(3, answers.size(), all);
        assertTrue(answers.get(0).contains("Mira Kessel"), answers.get(0));
        assertTrue(answers.get(1).contains("Tomas Brenn") && answers.get(1).contains("In October 1917 Kessel sided with Tomas Brenn."),
                answers.get(1));
        assertTrue(answers.get(2).contains("mira-kessel.txt"), answers.get(2));
    }

    @Test
    void portInUseIsAClearRuntimeError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            BiokgException e = assertThrows(BiokgException.class,
                    () -> BiokgServer.builder().store(store).port(port).start());
            assertEquals(BiokgException.RUNTIME, e.exitCode());
            assertEquals("port " + port + " on 127.0.0.1 is already in use; stop the other server or choose another with --port",
                    e.getMessage());
        }
    }

    @Test
    void longQueriesAreStoppedByTheTimeout() throws Exception {
        BiokgServer quick = BiokgServer.builder().dataset(MadeUpBiography.dataset()).port(0)
                .queryTimeout(Duration.ofSeconds(1)).start();
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> r = postForm(quick.queryUrl(), "query",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }",
                    "application/sparql-results+json", null, null);
            long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("timed out"), r.body());
            assertTrue(seconds < 15, "took " + seconds + " s");
        } finally {
            quick.stop();
        }
    }

    @Test
    void badPasswordFilesAreRefusedBeforeServing() throws IOException {
        BiokgException missing = assertThrows(BiokgException.class,
                () -> BiokgServer.builder().store(store).port(0).passwordFile(tmp.resolve("none")).build());
        assertEquals(BiokgException.BAD_INPUT, missing.exitCode());
        assertEquals("password file not found: " + tmp.resolve("none"), missing.getMessage());
        Path empty = Files.writeString(tmp.resolve("empty-passwd"), "# nobody\n");
        BiokgException noUsers = assertThrows(BiokgException.class,
                () -> BiokgServer.builder().store(store).port(0).passwordFile(empty).build());
        assertEquals("password file " + empty + " has no 'user: password' line", noUsers.getMessage());
    }

    @Test
    void stoppingOneServerLeavesAnotherOnTheSameStoreServing() throws Exception {
        BiokgServer extra = BiokgServer.builder().store(store).port(0).start();
        assertEquals(200, postForm(extra.queryUrl(), "query", LABELS, "application/sparql-results+json", null, null).statusCode());
        extra.stop();
        assertTrue(ask(readOnly, "?s ?p \"Mira Kessel\""));
    }

    @Test
    void noStoreMeansRunBuildFirst() {
        BiokgException e = assertThrows(BiokgException.class,
                () -> BiokgServer.builder().store(BiokgStore.at(tmp.resolve("empty"))).port(0).build());
        assertEquals(BiokgException.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().endsWith("run 'biokg build' first"));
    }
}
