package org.biokg.cli;

import org.biokg.fixtures.CleanError;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.serve.BiokgServer;
import org.biokg.serve.FederatedQuery;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 20 on the command line: corrupt stores refused by serve and query; the server's SERVICE refusal. */
class CorruptStoreCliTest {
    @TempDir
    Path tmp;

    private BiokgStore corrupt(String file, double keep) throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        Path gen = store.load(MadeUpBiography.dataset()).location();
        try (FileChannel ch = FileChannel.open(gen.resolve("Data-0001").resolve(file), StandardOpenOption.WRITE)) {
            ch.truncate((long) (ch.size() * keep));
        }
        return store;
    }

    @Test
    void serveAndQueryRefuseACorruptStoreInOneLine() throws IOException {
        BiokgStore store = corrupt("nodes-data.obj", 0.5);
        String expected = "biokg: store " + store.root() + " is corrupt (node file nodes-data.obj is cut short); "
                + "rebuild it with 'biokg build --store " + store.root() + "'";
        CliRunner serve = CliRunner.run("serve", "--store", store.root().toString(), "--port", "0");
        assertEquals(expected, CleanError.assertClean(3, serve.code(), serve.err()));
        CliRunner query = CliRunner.run("query", "allies", "--store", store.root().toString());
        assertEquals(expected, CleanError.assertClean(3, query.code(), query.err()));
        assertEquals("", query.out());
    }

    @Test
    void aTruncatedIndexGivesNoWrongAnswer() throws IOException {
        BiokgStore store = corrupt("SPO.bpt", 0);
        CliRunner count = CliRunner.run("query", Files.writeString(tmp.resolve("count.rq"),
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").toString(), "--store", store.root().toString());
        assertEquals("biokg: store " + store.root() + " is corrupt (index file SPO.bpt is damaged (0 bytes, not 24)); "
                + "rebuild it with 'biokg build --store " + store.root() + "'", CleanError.assertClean(3, count.code(), count.err()));
        assertEquals("", count.out(), "no COUNT 0");
    }

    @Test
    void queryEndpointShowsTheServersServiceRefusalInOneLine() throws IOException {
        BiokgStore store = BiokgStore.at(tmp.resolve("served"));
        store.load(MadeUpBiography.dataset());
        BiokgServer server = BiokgServer.builder().store(store).port(0).start();
        try {
            Path q = Files.writeString(tmp.resolve("federated.rq"), "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }");
            CliRunner r = CliRunner.run("query", q.toString(), "--endpoint", server.queryUrl());
            assertEquals("biokg: endpoint " + server.queryUrl() + " answered HTTP 400: " + FederatedQuery.REFUSED,
                    CleanError.assertClean(2, r.code(), r.err()));
        } finally {
            server.stop();
        }
    }
}
