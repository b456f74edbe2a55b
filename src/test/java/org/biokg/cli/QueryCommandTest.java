package org.biokg.cli;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.serve.BiokgServer;
import org.biokg.serve.NamedQueries;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code biokg query} in-process, over a store of the made-up biography. */
class QueryCommandTest {
    @TempDir
    static Path tmp;
    static Path store;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void loadStore() {
        store = tmp.resolve("store");
        BiokgStore.at(store).load(MadeUpBiography.dataset());
    }

    static List<String> names(ResultSet rs, String var) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(s -> out.add(s.getLiteral(var).getString()));
        return out;
    }

    @Test
    void listShowsEveryNamedQueryWithItsDescription() {
        Result r = run("query", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(NamedQueries.names().size(), lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.matches("allies\\s+The subject's allies: .*")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("timeline\\s+A timeline of the subject's life.*")), r.out());
    }

    @Test
    void namedQueryAsTable() {
        Result r = run("query", "allies", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| res:Tomas_Brenn | \"Tomas Brenn\" | \"1917-10\""), r.out());
        assertTrue(r.out().contains("\"In October 1917 Kessel sided with Tomas Brenn.\""), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("| ally")), r.out());
        assertEquals("", r.err());
    }

    @Test
    void namedQueryAsCsv() {
        Result r = run("query", "offices", "--format", "csv", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("office,name,body,start,end", lines.get(0));
        assertEquals(MadeUpBiography.RES + "Chair_of_the_Veldport_Assembly,Chair of the Veldport Assembly,,1905-10,1905-12", lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void namedQueryAsJson() {
        Result r = run("query", "opponents", "--format", "JSON", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(List.of("Gregor Hale", "Pavel Ostrow"), names(rs, "name"));
    }

    @Test
    void queryFilesOfEveryKind() throws IOException {
        Path construct = Files.writeString(tmp.resolve("about.rq"),
                "PREFIX schema: <http://schema.org/>\nCONSTRUCT { ?d schema:about ?s } WHERE { ?d schema:about ?s }\n");
        Result turtle = run("query", construct.toString(), "--store", store.toString());
        assertEquals(0, turtle.code(), turtle.err());
        assertTrue(turtle.out().contains("schema:about"), turtle.out());
        assertTrue(turtle.out().contains("Mira_Kessel"), turtle.out());

        Result ntriples = run("query", construct.toString(), "--format", "csv", "--store", store.toString());
        assertEquals("<" + MadeUpBiography.RES + "document/mira-kessel> <http://schema.org/about> <" + MadeUpBiography.RES + "Mira_Kessel> .",
                ntriples.out().strip());

        Path ask = Files.writeString(tmp.resolve("ask.rq"), "ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"Ilse Varga\" }");
        assertEquals("yes", run("query", ask.toString(), "--store", store.toString()).out().strip());
        Result json = run("query", ask.toString(), "--format", "json", "--store", store.toString());
        assertTrue(json.out().contains("\"boolean\" : true"), json.out());
    }

    @Test
    void malformedSparqlGivesLineAndColumn() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.rq"), "SELECT ?x\nWHERE { ?x ?y }\n");
        Result r = run("query", bad.toString(), "--store", store.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertEquals("biokg: malformed SPARQL in " + bad + " at line 2, column 15: unexpected \"}\"", lines.get(0));
        Path badVar = Files.writeString(tmp.resolve("bad2.rq"), "SELECT * WHERE {\n  ?s ?p ?o ?extra\n}\n");
        assertEquals("biokg: malformed SPARQL in " + badVar + " at line 2, column 12: unexpected \"?extra\"",
                run("query", badVar.toString(), "--store", store.toString()).err().strip());
        Path other = Files.writeString(tmp.resolve("bad3.rq"), "SELECT ?x WHERE { ?x a <unclosed }");
        Result r3 = run("query", other.toString(), "--store", store.toString());
        assertEquals(2, r3.code());
        assertEquals("biokg: malformed SPARQL in " + other + " at line 1, column 24: unexpected \"<\"", r3.err().strip());
        Path open = Files.writeString(tmp.resolve("bad4.rq"), "SELECT ?x WHERE { ?x a \"unclosed }");
        assertEquals("biokg: malformed SPARQL in " + open + " at line 1, column 35: the query ends inside \"\"unclosed }\"",
                run("query", open.toString(), "--store", store.toString()).err().strip());
        assertEquals(1, r3.err().lines().count(), r3.err());
    }

    @Test
    void unknownNameListsTheAvailableOnes() {
        Result r = run("query", "no-such-question", "--store", store.toString());
        assertEquals(2, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("biokg: unknown query 'no-such-question'; named queries: "), lines.get(0));
        for (String name : NamedQueries.names())
            assertTrue(lines.get(0).contains(name), name);
    }

    @Test
    void missingFileNoStoreAndUsageErrors() {
        Result missing = run("query", tmp.resolve("missing.rq").toString(), "--store", store.toString());
        assertEquals(2, missing.code());
        assertEquals("biokg: no such query file: " + tmp.resolve("missing.rq"), missing.err().strip());

        Result noStore = run("query", "allies", "--store", tmp.resolve("nothing-here").toString());
        assertEquals(2, noStore.code());
        assertEquals("biokg: no store at " + tmp.resolve("nothing-here") + "; run 'biokg build' first", noStore.err().strip());

        Result format = run("query", "allies", "--format", "xml", "--store", store.toString());
        assertEquals(1, format.code());
        assertEquals("biokg: unknown format 'xml'; use table, csv, tsv or json", format.err().strip());

        Result nothing = run("query");
        assertEquals(1, nothing.code());
        assertTrue(nothing.err().startsWith("biokg: give a query NAME or FILE"), nothing.err());
    }

    @Test
    void remoteEndpointGivesTheSameAnswers() throws IOException {
        BiokgServer server = BiokgServer.builder().dataset(MadeUpBiography.dataset()).port(0).start();
        try {
            Result r = run("query", "family", "--format", "json", "--endpoint", server.queryUrl());
            assertEquals(0, r.code(), r.err());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
            assertEquals(List.of("Lev Kessel", "Jakob Kessel", "Nora Kessel", "Anna Roth"), names(rs, "name"));
        } finally {
            server.stop();
        }
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Result down = run("query", "family", "--endpoint", "http://127.0.0.1:" + closed + "/biokg/sparql");
        assertEquals(3, down.code());
        assertTrue(down.err().startsWith("biokg: cannot reach endpoint http://127.0.0.1:" + closed + "/biokg/sparql"), down.err());
        assertEquals(1, down.err().lines().count(), down.err());
    }

    @Test
    void helpHasExamples() {
        Result r = run("query", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("biokg query --list"));
        assertTrue(r.out().contains("--endpoint"));
    }
}
