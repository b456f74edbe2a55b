package org.biokg.bench;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Canned phase results with made-up figures, so the report can be checked without CoreNLP: the floor takes
 * 100 s, KBP 800 s, a cold build 120 s per document (+ 20 s of model loading), a warm one 4 s.
 */
public final class FakePhases implements PhaseRunner {
    final List<List<String>> calls = new ArrayList<>();
    final List<String> heaps = new ArrayList<>();

    @Override
    public JsonObject run(String heap, List<String> args) {
        calls.add(args);
        heaps.add(heap);
        JsonObject r = new JsonObject();
        switch (args.get(0)) {
            case "floor" -> anchor(r, 20, 80, 90, 1500);
            case "kbp" -> {
                anchor(r, 100, 700, 900, 9000);
                r.addProperty("kbp_triples", 42);
                r.addProperty("parse_maxlen", 80);
            }
            case "build" -> {
                boolean cold = args.get(1).equals("none") || isEmpty(Path.of(args.get(1)));
                boolean recode = args.size() > 5;
                int docs = documents(Path.of(args.get(4)));
                r.addProperty("load_s", cold ? 20.0 : 0.0);
                r.addProperty("annotate_s", cold ? 90.0 * docs : 0.0);
                r.addProperty("text_s", 0.5 * docs);
                r.addProperty("extract_s", cold || recode ? 2.0 * docs : 0.0);
                r.addProperty("rdf_s", 0.5 * docs);
                r.addProperty("export_s", 0.5 * docs);
                r.addProperty("store_s", 0.5 * docs);
                r.addProperty("total_s", (cold ? 20.0 + 94.0 * docs : recode ? 10.0 * docs : 4.0 * docs));
                r.addProperty("cpu_s", cold ? 150.0 * docs : 6.0 * docs);
                r.addProperty("sentences", 500 * docs);
                r.addProperty("peak_heap_mb", 1800.0);
                r.addProperty("peak_rss_mb", cold ? 2500.0 + 100 * docs : 900.0);
                r.addProperty("max_heap_mb", 6144.0);
                if (cold && !args.get(1).equals("none"))
                    touch(Path.of(args.get(1)).resolve("entry.pb.gz"));
            }
            case "queries" -> {
                JsonObject qs = new JsonObject();
                qs.add("allies", query(1.5, 3.0));
                qs.add("timeline", query(2.5, 7.0));
                qs.add("family", query(1.0, 9.0));
                r.add("queries", qs);
                r.add("http_floor", query(0.8, 1.5));
                r.addProperty("runs", Integer.parseInt(args.get(2)));
                r.addProperty("peak_rss_mb", 700.0);
            }
            default -> throw new IllegalArgumentException(args.get(0));
        }
        return r;
    }

    private static void anchor(JsonObject r, double load, double annotate, double cpu, double rss) {
        r.addProperty("load_s", load);
        r.addProperty("annotate_s", annotate);
        r.addProperty("total_s", load + annotate);
        r.addProperty("cpu_s", cpu);
        r.addProperty("sentences", 500);
        r.addProperty("tokens", 12000);
        r.addProperty("peak_heap_mb", rss * 0.6);
        r.addProperty("peak_rss_mb", rss);
    }

    private static JsonObject query(double p50, double p95) {
        JsonObject q = new JsonObject();
        q.addProperty("p50_ms", p50);
        q.addProperty("p95_ms", p95);
        q.addProperty("max_ms", p95 * 2);
        q.addProperty("response_bytes", 1000);
        return q;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }

    private static int documents(Path input) {
        if (!Files.isDirectory(input))
            return 1;
        try (Stream<Path> s = Files.list(input)) {
            return (int) s.filter(p -> p.toString().endsWith(".txt")).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void touch(Path p) {
        try {
            Files.writeString(p, "x");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
