package org.biokg.serve;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the web console in headless Chromium, runs a named query in its editor and checks the results table;
 * keeps a screenshot in target/screenshots/console.png. Skipped when Chromium is not installed (.ci/run
 * installs it).
 */
class ConsoleBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void consoleRunsANamedQueryAndShowsResults() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium); skipping the browser test");
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        store.load(MadeUpBiography.dataset());
        BiokgServer server = BiokgServer.builder().store(store).port(0).start();
        Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,1200", "about:blank"))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("chromium.log").toFile())
                .start();
        try (DevTools page = DevTools.connect(profile, Duration.ofSeconds(30))) {
            List<String> requests = new CopyOnWriteArrayList<>();
            page.onEvent(e -> {
                if ("Network.requestWillBeSent".equals(e.getString("method")))
                    requests.add(e.get("params").getAsObject().get("request").getAsObject().getString("url"));
            });
            page.call("Network.enable", null);
            page.call("Page.enable", null);
            JsonObject nav = new JsonObject();
            nav.put("url", server.consoleUrl());
            page.call("Page.navigate", nav);

            page.waitUntil("document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror"
                    + " && document.querySelector('.yasqe_queryButton')", Duration.ofSeconds(30), "the query editor");
            String query = NamedQueries.find("allies").orElseThrow().text();
            page.evaluate("document.querySelector('.CodeMirror').CodeMirror.setValue(" + JSON.toStringFlat(new JsonString(query)) + ")");
            page.evaluate("document.querySelector('.yasqe_queryButton').click()");
            page.waitUntil("document.querySelector('.yasr table') && document.querySelector('.yasr table').innerText.includes('Tomas Brenn')",
                    Duration.ofSeconds(30), "the results table");

            String table = page.evaluate("document.querySelector('.yasr table').innerText").getAsString().value();
            assertTrue(table.contains("Ilse Varga"), table);
            assertTrue(table.contains("In October 1917 Kessel sided with Tomas Brenn."), table);
            assertFalse(table.contains("Gregor Hale"), "the candidate alliance is not an accepted fact");
            assertEquals(2, page.evaluate("document.querySelectorAll('.yasr table tbody tr').length")
                    .getAsNumber().value().intValue(), table);

            // Scroll so the picture shows the end of the editor and the whole results table.
            page.evaluate("document.querySelector('.yasr').scrollIntoView({block: 'end'})");
            JsonObject shot = new JsonObject();
            shot.put("format", "png");
            String png = page.call("Page.captureScreenshot", shot).getString("data");
            Path out = Path.of(System.getProperty("basedir", "."), "target", "screenshots", "console.png");
            Files.createDirectories(out.getParent());
            Files.write(out, Base64.getDecoder().decode(png));
            assertTrue(Files.size(out) > 10_000, "screenshot " + out);

            // Offline: every asset comes from this server; the one outside request is the editor's optional
            // prefix lookup on prefix.cc, which fails quietly without a network.
            String origin = server.serverUrl();
            List<String> foreign = new ArrayList<>();
            for (String url : requests) {
                if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:"))
                    continue;
                if (URI.create(url).getHost() != null && URI.create(url).getHost().equals("prefix.cc"))
                    continue;
                foreign.add(url);
            }
            assertEquals(List.of(), foreign, "requests to other hosts");
            assertTrue(requests.stream().anyMatch(u -> u.startsWith(origin + "static/")), requests.toString());
        } finally {
            chromium.destroy();
            if (!chromium.waitFor(10, TimeUnit.SECONDS))
                chromium.destroyForcibly();
            server.stop();
        }
    }
}
