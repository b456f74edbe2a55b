package org.biokg.bench;

import com.google.gson.JsonObject;
import org.biokg.serve.BiokgServer;
import org.biokg.serve.NamedQueries;
import org.biokg.serve.NamedQuery;
import org.biokg.store.BiokgStore;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The {@code queries} phase of the benchmark: the named queries over HTTP against Fuseki serving a store. */
final class QueryPhase {
    /** The least time the query server is warmed up before timing. */
    static final int WARMUP_SECONDS = 20;

    private QueryPhase() {
    }

    /**
     * Every named query over HTTP against Fuseki serving the store: {@code warmup} untimed rounds of all queries
     * (and as many more as fill {@link #WARMUP_SECONDS}),
     * then {@code runs} timed runs of each, each a full request and response read to the end, on one keep-alive
     * connection.
     */
    static JsonObject run(Path storeDir, int runs, int warmup) throws IOException, InterruptedException {
        JsonObject r = new JsonObject();
        JsonObject perQuery = new JsonObject();
        try (ResourceMonitor m = ResourceMonitor.start()) {
            BiokgServer server = BiokgServer.builder().store(BiokgStore.at(storeDir)).port(0).start();
            try {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                URI endpoint = URI.create(server.queryUrl());
                List<NamedQuery> all = NamedQueries.all();
                java.util.Map<String, HttpRequest> requests = new java.util.LinkedHashMap<>();
                for (NamedQuery q : all)
                    requests.put(q.name(), HttpRequest.newBuilder(endpoint)
                            .header("Content-Type", "application/sparql-query; charset=utf-8")
                            .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(q.text(), StandardCharsets.UTF_8))
                            .build());
                // Each query also evaluated afresh every time (Cache-Control: no-cache): what a first asking costs
                java.util.Map<String, HttpRequest> fresh = new java.util.LinkedHashMap<>();
                for (NamedQuery q : all)
                    fresh.put(q.name(), HttpRequest.newBuilder(requests.get(q.name()), (name, value) -> true)
                            .header("Cache-Control", "no-cache").build());
                // Warm the whole server first (JIT, caches), as one that has been up a while is: the JIT compiles for
                // 5-10 s on two cores, so the rounds go on for at least WARMUP_SECONDS; evaluated afresh, or the
                // result cache would leave query evaluation cold
                long warmStart = System.nanoTime();
                int rounds = 0;
                while (rounds < warmup || System.nanoTime() - warmStart < WARMUP_SECONDS * 1_000_000_000L) {
                    for (NamedQuery q : all)
                        send(client, fresh.get(q.name()), q);
                    rounds++;
                }
                r.addProperty("warmup_rounds", rounds);
                r.addProperty("warmup_s", (System.nanoTime() - warmStart) / 1e9);
                // The round trip of the emptiest query, for comparison with the named ones.
                NamedQuery empty = new NamedQuery("ask-empty", "", "ASK {}");
                HttpRequest ask = HttpRequest.newBuilder(endpoint)
                        .header("Content-Type", "application/sparql-query; charset=utf-8")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString(empty.text(), StandardCharsets.UTF_8)).build();
                double[] floor = new double[runs];
                for (int i = 0; i < warmup + runs; i++) {
                    long t0 = System.nanoTime();
                    send(client, ask, empty);
                    if (i >= warmup)
                        floor[i - warmup] = (System.nanoTime() - t0) / 1e6;
                }
                JsonObject http = new JsonObject();
                http.addProperty("p50_ms", Percentiles.of(floor, 50));
                http.addProperty("p95_ms", Percentiles.of(floor, 95));
                r.add("http_floor", http);
                for (NamedQuery q : all) {
                    HttpRequest request = requests.get(q.name());
                    // as clients ask (a repeated query may come from the server's result cache) ...
                    double[] millis = new double[runs];
                    int bytes = 0;
                    for (int i = 0; i < runs; i++) {
                        long t0 = System.nanoTime();
                        bytes = send(client, request, q);
                        millis[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    // ... and evaluated every time
                    double[] evaluated = new double[runs];
                    for (int i = 0; i < runs; i++) {
                        long t0 = System.nanoTime();
                        send(client, fresh.get(q.name()), q);
                        evaluated[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    JsonObject one = new JsonObject();
                    one.addProperty("p50_ms", Percentiles.of(millis, 50));
                    one.addProperty("p95_ms", Percentiles.of(millis, 95));
                    one.addProperty("max_ms", Percentiles.of(millis, 100));
                    one.addProperty("evaluated_p50_ms", Percentiles.of(evaluated, 50));
                    one.addProperty("evaluated_p95_ms", Percentiles.of(evaluated, 95));
                    one.addProperty("response_bytes", bytes);
                    perQuery.add(q.name(), one);
                }
            } finally {
                server.stop();
            }
            r.addProperty("runs", runs);
            r.addProperty("warmup", warmup);
            r.add("queries", perQuery);
            m.record(r);
        }
        return r;
    }

    private static int send(HttpClient client, HttpRequest request, NamedQuery q) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200)
            throw new IOException("query " + q.name() + " answered HTTP " + response.statusCode());
        return response.body().length;
    }
}
