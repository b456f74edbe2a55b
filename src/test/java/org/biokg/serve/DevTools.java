package org.biokg.serve;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A minimal Chrome DevTools Protocol client over java.net.http.WebSocket: enough to drive a headless Chromium
 * page (navigate, evaluate, screenshot) from a test.
 */
final class DevTools implements AutoCloseable {
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonObject>> listeners = new CopyOnWriteArrayList<>();

    private DevTools(WebSocket socket) {
        this.socket = socket;
    }

    /** Connects to the first page of a Chromium started with --remote-debugging-port=0 and this profile. */
    static DevTools connect(Path userDataDir, Duration wait) throws Exception {
        Path portFile = userDataDir.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + wait.toNanos();
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (System.nanoTime() > deadline)
                throw new IllegalStateException("Chromium did not open its DevTools port");
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String pageUrl = null;
        while (pageUrl == null) {
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (JsonValue v : JSON.parseAny(list).getAsArray()) {
                JsonObject target = v.getAsObject();
                if ("page".equals(target.getString("type"))) {
                    pageUrl = target.getString("webSocketDebuggerUrl");
                    break;
                }
            }
            if (pageUrl == null) {
                if (System.nanoTime() > deadline)
                    throw new IllegalStateException("Chromium has no page to drive");
                Thread.sleep(100);
            }
        }
        Listener listener = new Listener();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), listener).get(10, TimeUnit.SECONDS);
        DevTools dt = new DevTools(ws);
        listener.owner = dt;
        return dt;
    }

    /** Sends a command and waits for its result. */
    JsonObject call(String method, JsonObject params, Duration timeout) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params != null ? params : new JsonObject());
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.toStringFlat(msg), true).get(10, TimeUnit.SECONDS);
        JsonObject reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (reply.hasKey("error"))
            throw new IllegalStateException(method + ": " + reply.get("error"));
        return reply.get("result").getAsObject();
    }

    JsonObject call(String method, JsonObject params) throws Exception {
        return call(method, params, Duration.ofSeconds(30));
    }

    /** Evaluates a JavaScript expression in the page and returns its value (awaiting promises). */
    JsonValue evaluate(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("returnByValue", true);
        p.put("awaitPromise", true);
        JsonObject r = call("Runtime.evaluate", p);
        if (r.hasKey("exceptionDetails"))
            throw new IllegalStateException("JavaScript failed: " + r.get("exceptionDetails"));
        JsonObject result = r.get("result").getAsObject();
        return result.hasKey("value") ? result.get("value") : null;
    }

    /** Polls an expression until it is true (JavaScript truthiness of a boolean result). */
    void waitUntil(String expression, Duration timeout, String what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonValue v = evaluate("!!(" + expression + ")");
            if (v != null && v.isBoolean() && v.getAsBoolean().value())
                return;
            if (System.nanoTime() > deadline)
                throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(200);
        }
    }

    void onEvent(Consumer<JsonObject> listener) {
        listeners.add(listener);
    }

    private void receive(String text) {
        JsonObject msg = JSON.parse(text);
        if (msg.hasKey("id")) {
            CompletableFuture<JsonObject> f = pending.remove(msg.get("id").getAsNumber().value().intValue());
            if (f != null)
                f.complete(msg);
        } else {
            listeners.forEach(l -> l.accept(msg));
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    /** Collects fragmented text frames (screenshots arrive in many) into whole messages. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile DevTools owner;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                if (owner != null)
                    owner.receive(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            if (owner != null)
                owner.pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
