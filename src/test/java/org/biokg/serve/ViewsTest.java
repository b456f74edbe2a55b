package org.biokg.serve;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The views over HTTP, on a server over the made-up biography: the pages, their scripts and queries are served
 * from the jar under /view/, nothing comes from another host, and the view queries, fetched and run exactly as
 * the pages run them, give the expected rows.
 */
class ViewsTest {
    @TempDir
    static Path tmp;
    static BiokgServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String RES = MadeUpBiography.RES;

    @BeforeAll
    static void start() {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        server = BiokgServer.builder().store(store).port(0).start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** The query text as a page gets it. */
    static String viewQuery(String name) throws Exception {
        HttpResponse<String> r = get(server.viewsUrl() + "queries/" + name + ".rq");
        assertEquals(200, r.statusCode(), name);
        return r.body();
    }

    /** Runs a query on the public endpoint as the pages do (form POST, JSON results); rows of variable -> value. */
    static List<Map<String, String>> select(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.queryUrl())).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                if (n != null)
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** What a page does to a query with a value: fill in its "VALUES ?var { UNDEF }" line. */
    static String withValue(String query, String variable, String term) {
        String line = "VALUES ?" + variable + " { UNDEF }";
        assertTrue(query.contains(line), "no line " + line);
        return query.replace(line, "VALUES ?" + variable + " { " + term + " }");
    }

    @Test
    void pagesAndTheirAssetsAreServedFromThisServer() throws Exception {
        for (String page : List.of("", "index.html", "network.html", "timeline.html")) {
            HttpResponse<String> r = get(server.viewsUrl() + page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(contentType(r).startsWith("text/html"), contentType(r));
            Matcher m = Pattern.compile("(?:src|href)=\"([^\"#]+)\"").matcher(r.body());
            int scripts = 0;
            while (m.find()) {
                String asset = m.group(1);
                assertFalse(asset.matches("(?i)(https?:)?//.*"), page + " must not load " + asset + " from another host");
                HttpResponse<String> a = get(URI.create(server.viewsUrl() + page).resolve(asset).toString());
                assertEquals(200, a.statusCode(), page + " -> " + asset);
                if (asset.endsWith(".js")) {
                    scripts++;
                    assertTrue(contentType(a).startsWith("text/javascript"), asset + ": " + contentType(a));
                    assertFalse(a.body().contains("sourceMappingURL"), asset + " points at a source map that is not bundled");
                } else if (asset.endsWith(".css")) {
                    assertTrue(contentType(a).startsWith("text/css"), asset);
                }
            }
            if (page.endsWith("network.html") || page.endsWith("timeline.html"))
                assertTrue(scripts >= 2, page + " loads its scripts");
        }
        HttpResponse<String> cytoscape = get(server.viewsUrl() + "vendor/cytoscape/cytoscape.min.js");
        assertTrue(cytoscape.body().length() > 300_000, "the bundled Cytoscape.js");
        assertTrue(get(server.viewsUrl() + "vendor/cytoscape/LICENSE.txt").body().contains("Permission is hereby granted"));
    }

    @Test
    void theQueriesServedAreTheNamedQueries() throws Exception {
        for (String name : List.of("view-subjects", "view-network", "view-timeline", "view-facts")) {
            HttpResponse<String> r = get(server.viewsUrl() + "queries/" + name + ".rq");
            assertEquals(200, r.statusCode(), name);
            assertTrue(contentType(r).startsWith("application/sparql-query"), contentType(r));
            assertEquals(NamedQueries.find(name).orElseThrow().text(), r.body());
        }
        // Every name the pages ask for exists.
        for (String script : List.of("views.js", "network.js", "timeline.js")) {
            Matcher m = Pattern.compile("loadQuery\\('([a-z-]+)'\\)").matcher(get(server.viewsUrl() + script).body());
            while (m.find())
                assertTrue(NamedQueries.find(m.group(1)).isPresent(), script + " asks for " + m.group(1));
        }
    }

    @Test
    void onlyKnownFilesAndOnlyReadsAreServed() throws Exception {
        HttpResponse<String> bare = http.send(HttpRequest.newBuilder(URI.create(server.serverUrl() + "view")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/view/"));
        for (String path : List.of("vendor/", "vendor/cytoscape", "nothing.html", "queries/no-such.rq", "queries/view-network",
                ".hidden.js", "queries/..%2FREADME.md", "..%2F..%2Forg/biokg/queries/allies.rq", "%2e%2e/index.html"))
            assertTrue(get(server.viewsUrl() + path).statusCode() >= 400, path);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.viewsUrl() + "network.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        // The console and the endpoints are where they were.
        assertTrue(get(server.serverUrl()).body().contains("<div id=\"app\"></div>"));
        assertEquals(200, get(server.serverUrl() + "$/ping").statusCode());
    }

    @Test
    void subjects() throws Exception {
        assertEquals(List.of(Map.of("subject", RES + "Mira_Kessel", "name", "Mira Kessel")), select(viewQuery("view-subjects")));
    }

    @Test
    void networkLinksPeopleAndOrganizationsOncePerPair() throws Exception {
        List<Map<String, String>> rows = select(viewQuery("view-network"));
        Set<String> links = rows.stream().map(r -> r.get("sourceName") + " | " + r.get("relation").replace(MadeUpBiography.BIOKG, "")
                + " | " + r.get("targetName") + " | " + r.getOrDefault("since", "-")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(List.of(
                "Mira Kessel | alliedWith | Tomas Brenn | 1917-10",
                "Ilse Varga | alliedWith | Mira Kessel | 1919",
                "Ilse Varga | alliedWith | Tomas Brenn | 1923",
                "Pavel Ostrow | alliedWith | Tomas Brenn | 1923",
                "Ilse Varga | alliedWith | Pavel Ostrow | 1923",
                "Gregor Hale | opposed | Mira Kessel | 1924",
                "Mira Kessel | opposed | Pavel Ostrow | 1925",
                "Mira Kessel | memberOf | Harbour Workers' League | 1902",
                "Tomas Brenn | memberOf | Northern Bloc | 1923",
                "Ilse Varga | memberOf | Northern Bloc | 1923",
                "Pavel Ostrow | memberOf | Northern Bloc | 1923",
                "Mira Kessel | expelledFrom | Harbour Workers' League | 1927-11-12",
                "Tomas Brenn | expelledFrom | Harbour Workers' League | 1927-12",
                "Ilse Varga | expelledFrom | Harbour Workers' League | 1934")), links,
                "symmetric pairs once, places (Norland) and the candidate alliance left out");
        assertEquals(14, rows.size());
        Map<String, String> alliance = rows.stream().filter(r -> r.get("targetName").equals("Tomas Brenn")
                && r.get("sourceName").equals("Mira Kessel")).findFirst().orElseThrow();
        assertEquals(MadeUpBiography.BIOKG + "Person", alliance.get("sourceType"));
        assertEquals(0.9, Double.parseDouble(alliance.get("confidence")), 1e-9);
        assertTrue(alliance.get("fact").startsWith(RES + "fact/"), alliance.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("targetType").equals(MadeUpBiography.BIOKG + "Organization")));
    }

    @Test
    void timelineHasTheSubjectsLifeInOrder() throws Exception {
        String query = withValue(viewQuery("view-timeline"), "subject", "<" + RES + "Mira_Kessel>");
        List<Map<String, String>> rows = select(query);
        List<String> events = rows.stream().map(r -> r.get("kind") + " " + r.get("label")
                + (r.containsKey("body") ? " (" + r.get("body") + ")" : "") + " " + r.getOrDefault("start", "?")
                + (r.containsKey("end") ? ".." + r.get("end") : "")).toList();
        assertEquals(List.of(
                "born Veldport 1879-11-07",
                "office Chair of the Veldport Assembly 1905-10..1905-12",
                "office Commissar of Ports (Council of Norland) 1918-03-13..1925-01-15",
                "expelled Harbour Workers' League 1927-11-12",
                "exiled Kestria 1928-01",
                "expelled Norland 1929-02",
                "resided Casona 1937",
                "died Casona 1940-08-21"), events);
        for (Map<String, String> r : rows) {
            assertTrue(r.containsKey("confidence"), r.toString());
            assertTrue(r.get("focus").startsWith(RES), r.toString());
        }
        assertTrue(rows.get(2).get("focus").startsWith(RES + "term/"), "an office bar focuses on its term");
        // Without a chosen subject it follows the biography's subject.
        assertEquals(rows, select(viewQuery("view-timeline")));
    }

    @Test
    void factsOfANodeALinkAndABarComeWithTheirEvidence() throws Exception {
        String facts = viewQuery("view-facts");
        List<Map<String, String>> tomas = select(withValue(facts, "focus", "<" + RES + "Tomas_Brenn>"));
        assertEquals(Set.of("alliedWith", "bornIn", "memberOf", "expelledFrom"),
                tomas.stream().map(r -> r.get("relation").replace(MadeUpBiography.BIOKG, "")).collect(Collectors.toSet()));
        assertEquals(6, tomas.stream().map(r -> r.get("fact")).distinct().count(), tomas.toString());
        Map<String, String> first = tomas.get(0);
        assertEquals("Mira Kessel", first.get("subjectName"));
        assertEquals("Tomas Brenn", first.get("objectName"));
        assertEquals("1917-10", first.get("start"));
        assertEquals("In October 1917 Kessel sided with Tomas Brenn.", first.get("text"));
        assertEquals("alliedWith/made-up", first.get("rule"));
        assertEquals(0.9, Double.parseDouble(first.get("evidenceConfidence")), 1e-9);

        List<Map<String, String>> term = select(withValue(facts, "focus", "<" + RES + "term/Mira_Kessel-Commissar_of_Ports>"));
        assertEquals(1, term.size(), term.toString());
        assertEquals("Kessel served as Commissar of Ports from 13 March 1918 to 15 January 1925.", term.get(0).get("text"));
        assertEquals("1925-01-15", term.get(0).get("end"));

        String link = select(viewQuery("view-network")).stream().filter(r -> r.get("relation").endsWith("opposed")
                && r.get("sourceName").equals("Gregor Hale")).findFirst().orElseThrow().get("fact");
        List<Map<String, String>> one = select(withValue(facts, "focus", "<" + link + ">"));
        assertEquals(List.of("From 1924 Kessel opposed Gregor Hale."), one.stream().map(r -> r.get("text")).toList());

        List<Map<String, String>> subject = select(facts);
        assertFalse(subject.isEmpty());
        assertTrue(subject.stream().allMatch(r -> r.get("subjectName").equals("Mira Kessel")), "UNDEF: the subject's facts");
        assertTrue(subject.stream().noneMatch(r -> r.get("text").contains("Gregor Hale were friends")), "no candidates");
    }
}
