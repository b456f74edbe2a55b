package org.biokg.cli;

import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user of {@code biokg query} meets: parameters, --loc, plain numbers, a clear word for a dead endpoint. */
class QueryOptionsTest {
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

    @Test
    void paramFillsTheValuesLine() {
        Result r = run("query", "born-in", "--param", "placeWords=kestria", "--loc", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(1).contains(",Tomas Brenn,"), r.out());

        // An IRI by its prefixed name: the facts panel's query about one entity.
        Result focus = run("query", "view-facts", "--param", "focus=res:" + MadeUpBiography.PAVEL, "--store",
                store.toString(), "--format", "csv");
        assertEquals(0, focus.code(), focus.err());
        assertTrue(focus.out().lines().skip(1).allMatch(l -> l.contains("Pavel Ostrow")), focus.out());
        assertTrue(focus.out().lines().count() > 1, focus.out());

        Result wrong = run("query", "born-in", "--param", "town=kestria", "--store", store.toString());
        assertEquals(1, wrong.code());
        assertEquals("biokg: born-in: no parameter 'town' (parameters: placeWords)", wrong.err().strip());
    }

    @Test
    void confidencesArePlainDecimalsNotTdbCanonicalDoubles() {
        Result r = run("query", "evidence", "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int col = List.of(lines.get(0).split(",")).indexOf("confidence");
        assertTrue(col >= 0, lines.get(0));
        assertFalse(r.out().contains("e0"), r.out());
        assertTrue(r.out().contains(",0.9,"), r.out());

        Result json = run("query", "evidence", "--store", store.toString(), "--format", "json");
        assertTrue(json.out().contains("\"0.9\""), json.out());
        Result table = run("query", "evidence", "--store", store.toString());
        assertTrue(table.out().contains("| 0.9 "), table.out());
    }

    @Test
    void anUnreachableEndpointIsNamedInWords() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/biokg/sparql";
        Result r = run("query", "allies", "--endpoint", url);
        assertEquals(3, r.code());
        assertEquals("biokg: cannot reach endpoint " + url + ": connection refused (is the server running, on that port?)",
                r.err().strip());
    }

    @Test
    void benchHelpIsNotCutMidSentence() {
        Result top = run("--help");
        String bench = top.out().substring(top.out().indexOf("  bench"));
        bench = bench.substring(0, bench.indexOf(".") + 1);
        assertTrue(bench.replaceAll("\\s+", " ").contains("Benchmark biokg against plain CoreNLP and CoreNLP's KBP pipeline, with queries and scaling."), top.out());
        Result help = run("bench", "--help");
        // The description is wrapped by picocli, not broken by hand into lines that break again ("cold\nbuild").
        assertFalse(help.out().lines().anyMatch(l -> l.endsWith(" cold") || l.endsWith("over HTTP against")), help.out());
    }
}
