package org.biokg.serve;

import org.apache.jena.system.Txn;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * kill -9 of a server in the middle of authenticated writes: the store opens again afterwards (the counts it
 * recorded at each commit still match), with every acknowledged write and nothing half-written.
 */
class ServerKillTest {
    static final int KILLS = 4;

    @TempDir
    Path tmp;

    @Test
    void aServerKilledUnderWritesLeavesAStoreThatOpensWithEveryAcknowledgedWrite() throws Exception {
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        long base = triples(store);
        Path passwd = Files.writeString(tmp.resolve("passwd"), "alice: s3cret\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        long acknowledged = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    KilledServer.class.getName(), store.root().toString(), passwd.toString()).redirectErrorStream(true).start();
            AtomicInteger acked = new AtomicInteger();
            AtomicInteger sent = new AtomicInteger();
            try {
                BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null && !line.startsWith("port "))
                    ;
                assertNotNull(line, "the server did not start");
                String url = "http://127.0.0.1:" + line.substring(5) + "/biokg/update";
                long offset = acknowledged;
                Thread writer = new Thread(() -> {
                    HttpClient http = HttpClient.newHttpClient();
                    for (int i = 0; ; i++) {
                        String update = "INSERT DATA { <http://example.org/w" + (offset + i) + "> <http://example.org/p> " + i + " }";
                        try {
                            sent.incrementAndGet();
                            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)))
                                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))
                                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                            if (resp.statusCode() != 200 && resp.statusCode() != 204) {
                                System.err.println("write refused: " + resp.statusCode() + " " + resp.body());
                                return;
                            }
                            acked.incrementAndGet();
                        } catch (Exception e) {
                            return;
                        }
                    }
                });
                writer.start();
                // kill once writes are flowing, at a different moment each time
                for (int wait = 0; wait < 300 && acked.get() == 0 && writer.isAlive(); wait++)
                    Thread.sleep(100);
                Thread.sleep(150 + 170L * kill);
                child.destroyForcibly();
                writer.join(20_000);
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            }
            assertTrue(acked.get() > 0, "no write went through before the kill");
            long now = triples(store);
            // every acknowledged write is there; the one in flight when the kill came may or may not be
            assertTrue(now == base + acknowledged + acked.get() || now == base + acknowledged + acked.get() + 1,
                    "kill " + kill + ": " + now + " triples, expected " + (base + acknowledged + acked.get()));
            System.out.println("kill " + kill + ": " + sent.get() + " writes sent, " + acked.get() + " acknowledged, "
                    + (now - base - acknowledged) + " in the store after the kill");
            acknowledged = now - base;
        }
    }

    private static long triples(BiokgStore store) {
        try (OpenDataset open = store.openCurrent()) {
            return Txn.calculateRead(open.dataset(), () -> open.dataset().asDatasetGraph().getDefaultGraph().size());
        }
    }
}
