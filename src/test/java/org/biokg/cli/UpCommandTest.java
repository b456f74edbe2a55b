package org.biokg.cli;

import org.biokg.TestPipelines;
import org.biokg.serve.BiokgServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** biokg up: builds when the store is missing, serves, and skips the build when the input is unchanged. */
class UpCommandTest {
    @TempDir
    Path tmp;
    private final Consumer<BiokgServer> originalWait = ServeCommand.awaitStop;

    @AfterEach
    void restore() {
        ServeCommand.awaitStop = originalWait;
    }

    private static String count(BiokgServer server) throws IOException, InterruptedException {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body().strip().split("\\R")[1];
    }

    @Test
    void buildsThenServesAndASecondUpSkipsTheBuild() throws IOException {
        Path input = tmp.resolve("in");
        Files.createDirectories(input);
        Files.copy(TestPipelines.SEED, input.resolve("bio.txt"));
        Path store = tmp.resolve("store");
        String[] seen = new String[2];
        ServeCommand.awaitStop = server -> {
            try {
                seen[0] = count(server);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                server.stop();
            }
        };
        TestPipelines.seed(); // the annotation is shared with the other seed tests
        String[] args = {"up", "--quiet", "--port", "0", "--cache-dir", TestPipelines.CACHE.toString(), "--store", store.toString(),
                "--out", tmp.resolve("out").toString(), input.toString()};
        CliRunner first = CliRunner.run(args);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("building the graph"), first.err());
        assertTrue(first.out().contains("Console:") && first.out().contains("Query endpoint:"), first.out());
        assertTrue(Integer.parseInt(seen[0]) > 100, "labels served: " + seen[0]);

        long t0 = System.nanoTime();
        CliRunner second = CliRunner.run(args);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("up to date"), second.err());
        assertFalse(second.err().contains("building the graph"), second.err());
        System.out.printf("second up served after %.1f s%n", secs);
    }
}
