package org.biokg.cli;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.biokg.TestPipelines;
import org.biokg.serve.BiokgServer;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** add and remove on a store of made-up biographies, directly and through a running server. */
class IncrementalStoreTest {
    @TempDir
    Path tmp;

    private static final String ADA = "Ada Roe (4 May 1881 – 11 June 1950) was a Norwegian chemist. She was born in Bergen. "
            + "In 1905 Roe joined the Norwegian Chemical Society.";
    private static final String CY = "Cy Ng (1890 – 1960) was a Norwegian engineer. He was born in Oslo. In 1921 Ng was "
            + "expelled from the Norwegian Chemical Society.";
    private static final String DEE = "Dee Po (1899 – 1970) was a Danish judge. She was born in Aarhus. Po was a member of "
            + "the Danish Bar Council.";
    private static final String DEE_CHANGED = "Dee Po (1899 – 1970) was a Danish judge. She was born in Odense.";

    private String[] common(String... args) {
        String[] base = {"--quiet", "--cache-dir", TestPipelines.CACHE.toString(), "--store", tmp.resolve("store").toString(),
                "--out", tmp.resolve("out").toString()};
        String[] all = new String[base.length + args.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(args, 0, all, base.length, args.length);
        return all;
    }

    /** remove reads no text: no cache option. */
    private String[] storeOnly(String... args) {
        String[] base = {"--quiet", "--store", tmp.resolve("store").toString(), "--out", tmp.resolve("out").toString()};
        String[] all = new String[base.length + args.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(args, 0, all, base.length, args.length);
        return all;
    }

    private boolean ask(String sparql) {
        try (OpenDataset open = BiokgStore.at(tmp.resolve("store")).openCurrent()) {
            return open.dataset().calculateRead(() -> {
                try (QueryExecution qe = QueryExecution.create(sparql, open.dataset())) {
                    return qe.execAsk();
                }
            });
        }
    }

    private static String born(String who, String where) {
        return "PREFIX biokg: <https://w3id.org/biokg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "ASK { ?p rdfs:label \"" + who + "\"@en ; biokg:bornIn/rdfs:label \"" + where + "\"@en }";
    }

    @Test
    void addReplaceAndRemoveDocumentsWithoutReadingTheOthersAgain() throws IOException {
        Files.writeString(tmp.resolve("ada-roe.txt"), ADA);
        Files.writeString(tmp.resolve("cy-ng.txt"), CY);
        Files.writeString(tmp.resolve("dee-po.txt"), DEE);
        CliRunner build = CliRunner.run("build", "--quiet", "--cache-dir", TestPipelines.CACHE.toString(), "--store",
                tmp.resolve("store").toString(), "--out", tmp.resolve("out").toString(),
                tmp.resolve("ada-roe.txt").toString(), tmp.resolve("cy-ng.txt").toString());
        assertEquals(0, build.code(), build.err());
        assertFalse(ask(born("Dee Po", "Aarhus")));

        CliRunner add = CliRunner.run(append("add", common(tmp.resolve("dee-po.txt").toString())));
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("added 1 document (0 replaced); the store holds 3 documents"), add.out());
        assertTrue(ask(born("Dee Po", "Aarhus")));
        assertTrue(ask(born("Ada Roe", "Bergen")), "the kept documents are still there");
        assertTrue(Files.readString(tmp.resolve("out/biokg.ttl")).contains("Aarhus"), "the exports follow");

        Files.writeString(tmp.resolve("dee-po.txt"), DEE_CHANGED);
        CliRunner again = CliRunner.run(append("add", common(tmp.resolve("dee-po.txt").toString())));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(1 replaced); the store holds 3 documents"), again.out());
        assertTrue(ask(born("Dee Po", "Odense")));
        assertFalse(ask(born("Dee Po", "Aarhus")), "a changed document's old facts go");

        CliRunner list = CliRunner.run(append("remove", storeOnly("--list")));
        assertEquals(List.of("ada-roe", "cy-ng", "dee-po"), List.of(list.out().strip().split("\\R")));
        CliRunner remove = CliRunner.run(append("remove", storeOnly("cy-ng")));
        assertEquals(0, remove.code(), remove.err());
        assertFalse(ask("PREFIX biokg: <https://w3id.org/biokg/ontology#> ASK { ?p biokg:expelledFrom ?o }"), "Cy Ng's facts are gone");
        assertTrue(ask(born("Ada Roe", "Bergen")));
        assertFalse(ask("ASK { GRAPH <https://w3id.org/biokg/graph/document/cy-ng> { ?s ?p ?o } }"), "and its graph");

        CliRunner unknown = CliRunner.run(append("remove", storeOnly("nobody")));
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("biokg: no document nobody in the store at "), unknown.err());
        assertTrue(unknown.err().contains("it holds 2: ada-roe, dee-po"), unknown.err());
    }

    @Test
    void aRunningServerTakesTheNewGraphThroughItsAuthenticatedWriteAndRefusesAWrongPassword() throws IOException {
        Files.writeString(tmp.resolve("ada-roe.txt"), ADA);
        Files.writeString(tmp.resolve("dee-po.txt"), DEE);
        assertEquals(0, CliRunner.run("build", "--quiet", "--cache-dir", TestPipelines.CACHE.toString(), "--store",
                tmp.resolve("store").toString(), "--out", tmp.resolve("out").toString(), tmp.resolve("ada-roe.txt").toString()).code());
        Path passwords = tmp.resolve("pw.txt");
        Files.writeString(passwords, "editor: s3cret\n");
        Path wrong = tmp.resolve("wrong.txt");
        Files.writeString(wrong, "editor: nope\n");
        BiokgServer server = BiokgServer.builder().store(BiokgStore.at(tmp.resolve("store"))).port(0).passwordFile(passwords).start();
        try {
            CliRunner locked = CliRunner.run(append("add", common(tmp.resolve("dee-po.txt").toString())));
            assertEquals(3, locked.code(), locked.err());
            assertTrue(locked.err().contains("--server http://127.0.0.1:3030 --password-file FILE"), locked.err());

            CliRunner refused = CliRunner.run(append("add", common("--server", server.serverUrl(), "--password-file",
                    wrong.toString(), tmp.resolve("dee-po.txt").toString())));
            assertEquals(1, refused.code(), refused.err());
            assertTrue(refused.err().contains("refused the password (HTTP 401)"), refused.err());

            CliRunner add = CliRunner.run(append("add", common("--server", server.serverUrl(), "--password-file",
                    passwords.toString(), tmp.resolve("dee-po.txt").toString())));
            assertEquals(0, add.code(), add.err());
            assertTrue(add.out().contains("serves the new graph (2 documents)"), add.out());
            try (QueryExecution qe = QueryExecutionHTTP.service(server.queryUrl()).query(born("Dee Po", "Aarhus")).build()) {
                assertTrue(qe.execAsk(), "the server answers with the new document at once");
            }
        } finally {
            server.stop();
        }
        CliRunner list = CliRunner.run(append("remove", storeOnly("--list")));
        assertEquals(List.of("ada-roe", "dee-po"), List.of(list.out().strip().split("\\R")), "the store kept what the server took");
        assertTrue(ask(born("Dee Po", "Aarhus")), "and its database holds it after the server stopped");
    }

    @Test
    void mistakesGetOneLineEach() throws IOException {
        Files.writeString(tmp.resolve("ada-roe.txt"), ADA);
        CliRunner noStore = CliRunner.run(append("add", common(tmp.resolve("ada-roe.txt").toString())));
        assertEquals(2, noStore.code());
        assertEquals("biokg: no store at " + tmp.resolve("store") + ": build one first (biokg build FILE…)", noStore.err().strip());

        CliRunner noPassword = CliRunner.run(append("add", common("--server", "http://127.0.0.1:1", tmp.resolve("ada-roe.txt").toString())));
        assertEquals(1, noPassword.code());
        assertTrue(noPassword.err().contains("--server needs --password-file"), noPassword.err());

        CliRunner nothing = CliRunner.run(append("remove", storeOnly()));
        assertEquals(1, nothing.code());

        Path pairs = Files.writeString(tmp.resolve("pairs.tsv"), "pair\tstratum\tdoc_a\tlabel_a\ttype_a\tdoc_b\tlabel_b\ttype_b\tjudgement\n"
                + "1\tx\ta\tAda\tPerson\tb\tAda\tPerson\tmaybe\n");
        CliRunner badPairs = CliRunner.run("eval", "--gold", pairs.toString(), tmp.resolve("ada-roe.txt").toString());
        assertEquals(2, badPairs.code());
        assertTrue(badPairs.err().contains("pairs.tsv:2: expected 9 columns ending in same, different or unsure"), badPairs.err());
        for (CliRunner r : List.of(noStore, noPassword, nothing, badPairs)) {
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
    }

    private static String[] append(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
