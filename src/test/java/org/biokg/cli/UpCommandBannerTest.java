package org.biokg.cli;

import org.biokg.fixtures.MadeUpBiography;
import org.biokg.serve.BiokgServer;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;

/** {@code biokg up} over a store that is newer than its input: no build, and what it prints once serving. */
class UpCommandBannerTest {
    @TempDir
    Path tmp;
    private final Consumer<BiokgServer> originalWait = ServeCommand.awaitStop;

    @AfterEach
    void restoreWait() {
        ServeCommand.awaitStop = originalWait;
    }

    @Test
    void anUpToDateStoreIsServedWithUrlsAndExampleQueries() throws Exception {
        Path input = Files.writeString(tmp.resolve("mira-kessel.txt"), "Mira Kessel was born in Veldport.\n");
        Files.setLastModifiedTime(input, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        Path store = tmp.resolve("store");
        BiokgStore.at(store).load(MadeUpBiography.dataset());
        List<Integer> statuses = new ArrayList<>();
        ServeCommand.awaitStop = server -> {
            try {
                HttpClient http = HttpClient.newHttpClient();
                for (String url : List.of(server.viewsUrl(), server.viewsUrl() + "network.html", server.viewsUrl() + "timeline.html"))
                    statuses.add(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            } finally {
                server.stop();
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"up", "--port", "0", "--store", store.toString(), input.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertEquals(List.of(200, 200, 200), statuses);
        assertTrue(err.toString().contains("the store is up to date with " + input), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("biokg: serving " + store.resolve("tdb-")), text);
        assertTrue(text.matches("(?s).*\nConsole:        http://127\\.0\\.0\\.1:\\d+/#/dataset/biokg/query\n.*"), text);
        assertTrue(text.matches("(?s).*\nViews:          http://127\\.0\\.0\\.1:\\d+/view/ \\(network\\.html: .*timeline\\.html: .*"), text);
        assertTrue(text.matches("(?s).*\nQuery endpoint: http://127\\.0\\.0\\.1:\\d+/biokg/sparql .*"), text);
        assertEquals(3, text.lines().filter(l -> l.startsWith("  curl -s http://127.0.0.1:")).count(), text);
        assertEquals(3, text.lines().filter(l -> l.startsWith("  # ")).count(), "each example says what it asks: " + text);
        assertTrue(text.contains("Named queries:  biokg query --list"), text);
        assertTrue(text.strip().endsWith("Press Ctrl-C to stop."), text);
    }
}
