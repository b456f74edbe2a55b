package org.biokg.serve;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A headless Chromium driven over {@link DevTools} for the view tests: it records the URLs the page requests and
 * every console error, uncaught exception and failed load the page reports.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Process process;
    final DevTools page;
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, DevTools page) {
        this.process = process;
        this.page = page;
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    /** Starts Chromium with a fresh profile under {@code dir}, a window of the given size. */
    static HeadlessChromium start(Path dir, int width, int height) throws Exception {
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "about:blank"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile())
                .start();
        try {
            DevTools page = DevTools.connect(profile, Duration.ofSeconds(30));
            HeadlessChromium c = new HeadlessChromium(p, page);
            page.onEvent(c::record);
            page.call("Network.enable", null);
            page.call("Page.enable", null);
            page.call("Runtime.enable", null);
            page.call("Log.enable", null);
            return c;
        } catch (Exception | Error e) {
            p.destroyForcibly();
            throw e;
        }
    }

    private void record(JsonObject event) {
        String method = event.getString("method");
        JsonObject params = event.get("params").getAsObject();
        switch (method) {
            case "Network.requestWillBeSent" -> requests.add(params.get("request").getAsObject().getString("url"));
            case "Runtime.consoleAPICalled" -> {
                String type = params.getString("type");
                if ("error".equals(type) || "assert".equals(type))
                    errors.add("console." + type + ": " + params.get("args"));
                else if ("warning".equals(type))
                    warnings.add("console.warn: " + params.get("args"));
            }
            case "Runtime.exceptionThrown" -> errors.add("exception: " + params.get("exceptionDetails"));
            case "Log.entryAdded" -> {
                JsonObject entry = params.get("entry").getAsObject();
                if ("error".equals(entry.getString("level")))
                    errors.add("log: " + entry.getString("text") + " " + entry.getString("url"));
            }
            default -> {
            }
        }
    }

    /** Opens a URL and waits until the expression is true. */
    void open(String url, String readyWhen, String what) throws Exception {
        JsonObject nav = new JsonObject();
        nav.put("url", url);
        page.call("Page.navigate", nav);
        // While the new page replaces the old one an evaluation can fail; only the deadline ends the wait.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                page.waitUntil(readyWhen, Duration.ofSeconds(30), what);
                return;
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline)
                    throw e;
                Thread.sleep(200);
            }
        }
    }

    String text(String expression) throws Exception {
        JsonValue v = page.evaluate(expression);
        return v == null ? null : v.getAsString().value();
    }

    /** Lines of a JavaScript expression that yields an array of strings. */
    List<String> lines(String expression) throws Exception {
        List<String> out = new ArrayList<>();
        page.evaluate(expression).getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path file) throws Exception {
        JsonObject shot = new JsonObject();
        shot.put("format", "png");
        String png = page.call("Page.captureScreenshot", shot).getString("data");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    @Override
    public void close() throws Exception {
        try {
            page.close();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS))
                process.destroyForcibly();
        }
    }
}
