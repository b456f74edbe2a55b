package org.biokg.bench;

import com.google.gson.JsonObject;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.apache.jena.query.Dataset;
import org.biokg.extract.pipeline.BiographyReader;
import org.biokg.extract.ExtractionCache;
import org.biokg.extract.ExtractionResult;
import org.biokg.nlp.NlpPipeline;
import org.biokg.nlp.PipelineSettings;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.GraphStats;
import org.biokg.rdf.GraphWriter;
import org.biokg.serve.BiokgServer;
import org.biokg.serve.NamedQueries;
import org.biokg.serve.NamedQuery;
import org.biokg.store.BiokgStore;
import org.biokg.store.BuildStamp;
import org.biokg.store.LoadResult;
import org.biokg.text.CleanDocument;
import org.biokg.text.Sentence;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;
import org.biokg.text.WikiTextCleaner;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One phase of the benchmark, run in a JVM of its own so that model loading is really cold and the process's
 * peak RSS belongs to that phase alone. Prints one line {@value #MARKER}{@code {json}} on stdout with what it
 * measured; everything else (CoreNLP's logging, progress) goes to stderr.
 *
 * <pre>
 * BenchPhase floor FILE                      plain CoreNLP dependency pipeline on the cleaned text
 * BenchPhase kbp FILE                        CoreNLP's KBP relation pipeline on the cleaned text
 * BenchPhase build CACHE|none OUT STORE IN [annotations-only]
 *                                            biokg's build (IN: a file or a folder of .txt files); with
 *                                            annotations-only the extraction cache is not used (as after a
 *                                            change of biokg's code)
 * BenchPhase corpus IN THREADS STORE         a corpus build on THREADS threads, caches off (see CorpusPhase)
 * BenchPhase queries STORE RUNS WARMUP       named queries over HTTP against Fuseki on a free port (WARMUP
 *                                            untimed rounds of all queries first)
 * </pre>
 */
public final class BenchPhase {
    /** Prefix of the result line on stdout. */
    public static final String MARKER = "BENCH-RESULT ";
    /** The floor: what any CoreNLP-based extractor with dependency rules pays. */
    public static final String FLOOR_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    /** CoreNLP's own relation extraction pipeline. */
    public static final String KBP_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref,kbp";
    /** The constituency parser skips longer sentences, else its memory grows with the cube of the length. */
    public static final int KBP_PARSE_MAXLEN = 80;

    private BenchPhase() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            JsonObject result = run(args);
            out.println(MARKER + result);
            out.flush();
            System.exit(0);
        } catch (Throwable t) {
            System.err.println("bench phase failed: " + t);
            t.printStackTrace();
            System.exit(3);
        }
    }

    static JsonObject run(String[] args) throws Exception {
        if (args.length == 0)
            throw new IllegalArgumentException("usage: BenchPhase floor|kbp|build|queries ARGS...");
        return switch (args[0]) {
            case "floor" -> anchor(Path.of(args[1]), floorProperties());
            case "kbp" -> anchor(Path.of(args[1]), kbpProperties());
            case "build" -> build("none".equals(args[1]) ? null : Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
                    args.length > 5 && "annotations-only".equals(args[5]));
            case "corpus" -> CorpusPhase.run(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "queries" -> queries(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("unknown phase " + args[0]);
        };
    }

    /** CoreNLP as a user would run it: the annotators, one sentence per line, every other property default. */
    static Properties floorProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", FLOOR_ANNOTATORS);
        // Same sentences as biokg: the text stage split them, one per line.
        p.setProperty("ssplit.eolonly", "true");
        return p;
    }

    static Properties kbpProperties() {
        Properties p = floorProperties();
        p.setProperty("annotators", KBP_ANNOTATORS);
        p.setProperty("parse.maxlen", String.valueOf(KBP_PARSE_MAXLEN));
        return p;
    }

    /** The text stage's sentences, one per line: the input of both anchors. */
    static String cleanedText(Path file) {
        CleanDocument clean = new WikiTextCleaner().clean(new SourceReader().read(file));
        return clean.sentences().stream().map(Sentence::text).collect(Collectors.joining("\n"));
    }

    /** An anchor pipeline: model loading, then one annotate call over the whole cleaned text. */
    static JsonObject anchor(Path file, Properties props) {
        String text = cleanedText(file);
        JsonObject r = new JsonObject();
        r.addProperty("annotators", props.getProperty("annotators"));
        try (ResourceMonitor m = ResourceMonitor.start()) {
            double c0 = ResourceMonitor.processCpuSeconds();
            long t0 = System.nanoTime();
            StanfordCoreNLP nlp = new StanfordCoreNLP(props);
            long t1 = System.nanoTime();
            double c1 = ResourceMonitor.processCpuSeconds();
            Annotation a = new Annotation(text);
            nlp.annotate(a);
            long t2 = System.nanoTime();
            double c2 = ResourceMonitor.processCpuSeconds();
            r.addProperty("load_s", seconds(t1 - t0));
            r.addProperty("annotate_s", seconds(t2 - t1));
            r.addProperty("total_s", seconds(t2 - t0));
            r.addProperty("cpu_load_s", c1 - c0);
            r.addProperty("cpu_annotate_s", c2 - c1);
            r.addProperty("cpu_s", c2 - c0);
            List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
            r.addProperty("sentences", sentences.size());
            r.addProperty("tokens", a.get(CoreAnnotations.TokensAnnotation.class).size());
            r.addProperty("annotator_times", oneLine(nlp.timingInformation()));
            if (props.getProperty("annotators").contains("kbp")) {
                int triples = 0;
                for (CoreMap s : sentences) {
                    var t = s.get(CoreAnnotations.KBPTriplesAnnotation.class);
                    triples += t == null ? 0 : t.size();
                }
                r.addProperty("kbp_triples", triples);
                r.addProperty("parse_maxlen", KBP_PARSE_MAXLEN);
            }
            memory(r, m);
        }
        return r;
    }

    /**
     * biokg's build as {@code biokg build} runs it (BuildCommand.build): read each file; take its facts from the
     * extraction cache, or else clean, annotate (or read the annotation cache) and extract; build the RDF; write
     * the Turtle and TriG exports; load the TDB2 store. Timed step by step.
     */
    static JsonObject build(Path cacheDir, Path outDir, Path storeDir, Path input, boolean annotationsOnly) throws IOException {
        JsonObject r = new JsonObject();
        try (ResourceMonitor m = ResourceMonitor.start()) {
            double c0 = ResourceMonitor.processCpuSeconds();
            long t0 = System.nanoTime();
            PipelineSettings settings = PipelineSettings.defaults();
            ExtractionCache factsCache = cacheDir == null || annotationsOnly ? null : new ExtractionCache(cacheDir);
            SourceReader sources = new SourceReader();
            BiographyReader reader = null;
            List<ExtractionResult> results = new ArrayList<>();
            GraphBuilder.Builder gb = GraphBuilder.create();
            long text = 0, nlp = 0, extract = 0, factsRead = 0;
            int sentences = 0, facts = 0, annotationHits = 0, factsHits = 0;
            List<Path> files = inputs(input);
            // as biokg build does: an unchanged graph already in the store and the exports is not built again
            BiokgStore store = BiokgStore.at(storeDir);
            String stampKey = null;
            if (factsCache != null) {
                List<Source> all = new ArrayList<>();
                for (Path f : files) {
                    all.add(sources.read(f));
                }
                stampKey = BuildStamp.keyOf(all, settings, GraphBuilder.DEFAULT_THRESHOLD, null, false, 0);
                var stamp = BuildStamp.read(store);
                if (stamp.isPresent() && stamp.get().upToDate(stampKey, store, outDir)) {
                    long tEnd = System.nanoTime();
                    r.addProperty("stamp_hit", true);
                    for (String k : List.of("facts_cache_s", "text_s", "load_s", "annotate_s", "extract_s", "rdf_s", "export_s", "store_s")) {
                        r.addProperty(k, 0.0);
                    }
                    r.addProperty("read_s", seconds(tEnd - t0));
                    r.addProperty("total_s", seconds(tEnd - t0));
                    r.addProperty("cpu_s", ResourceMonitor.processCpuSeconds() - c0);
                    r.addProperty("documents", files.size());
                    r.addProperty("graph", stamp.get().report().lines().findFirst().orElse(""));
                    memory(r, m);
                    return r;
                }
            }
            for (Path f : files) {
                Source source = sources.read(f);
                long h0 = System.nanoTime();
                ExtractionResult result = factsCache == null ? null : factsCache.get(source, settings).orElse(null);
                factsRead += System.nanoTime() - h0;
                if (result == null) {
                    if (reader == null)
                        reader = BiographyReader.builder().settings(settings).cacheDir(cacheDir).build();
                    BiographyReader.Reading reading = reader.read(source);
                    text += reading.textMillis();
                    nlp += reading.nlpMillis();
                    extract += reading.extractMillis();
                    sentences += reading.clean().sentences().size();
                    annotationHits += reading.annotated().fromCache() ? 1 : 0;
                    result = reading.result();
                    if (factsCache != null) {
                        long p0 = System.nanoTime();
                        factsCache.put(source, settings, result);
                        factsRead += System.nanoTime() - p0;
                    }
                } else {
                    factsHits++;
                }
                facts += result.facts().size();
                results.add(result);
                gb.sourceDigest(result.documentId(), source.sha256());
            }
            long t1 = System.nanoTime();
            Dataset ds = gb.build().toDataset(results);
            GraphStats stats = GraphStats.of(ds);
            long t2 = System.nanoTime();
            GraphWriter.writeOutputs(ds, outDir);
            long t3 = System.nanoTime();
            LoadResult loaded = store.load(ds);
            if (stampKey != null) {
                new BuildStamp(stampKey, loaded.location().getFileName().toString(), outDir, stats.report()).write(store);
            }
            long t4 = System.nanoTime();
            double c1 = ResourceMonitor.processCpuSeconds();
            long load = NlpPipeline.modelLoadMillis();
            // What the stages do not cover: reading the files, compiling the extraction rules.
            double read = seconds(t1 - t0) - (text + nlp + extract) / 1000.0 - seconds(factsRead);
            r.addProperty("read_s", Math.max(0, read));
            r.addProperty("facts_cache_s", seconds(factsRead));
            r.addProperty("text_s", text / 1000.0);
            r.addProperty("load_s", load / 1000.0);
            r.addProperty("annotate_s", (nlp - load) / 1000.0);
            r.addProperty("extract_s", extract / 1000.0);
            r.addProperty("rdf_s", seconds(t2 - t1));
            r.addProperty("export_s", seconds(t3 - t2));
            r.addProperty("store_s", seconds(t4 - t3));
            r.addProperty("total_s", seconds(t4 - t0));
            r.addProperty("cpu_s", c1 - c0);
            r.addProperty("documents", files.size());
            r.addProperty("sentences", sentences);
            r.addProperty("facts", facts);
            r.addProperty("triples", loaded.triples() + loaded.quads());
            r.addProperty("annotation_cache_hits", annotationHits);
            r.addProperty("facts_cache_hits", factsHits);
            r.addProperty("corenlp_runs", NlpPipeline.coreNlpRuns());
            r.addProperty("graph", stats.report().lines().findFirst().orElse(""));
            if (NlpPipeline.coreNlpRuns() > 0)
                r.addProperty("annotator_times", oneLine(NlpPipeline.coreNlp(settings).timingInformation()));
            memory(r, m);
        }
        return r;
    }

    private static List<Path> inputs(Path input) throws IOException {
        if (!Files.isDirectory(input))
            return List.of(input);
        try (Stream<Path> s = Files.list(input)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * Every named query over HTTP against Fuseki serving the store: {@code warmup} untimed rounds of all queries
     * (and as many more as fill {@link #WARMUP_SECONDS}),
     * then {@code runs} timed runs of each, each a full request and response read to the end, on one keep-alive
     * connection.
     */
    /** The least time the query server is warmed up before timing. */
    static final int WARMUP_SECONDS = 20;

    static JsonObject queries(Path storeDir, int runs, int warmup) throws IOException, InterruptedException {
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
            memory(r, m);
        }
        return r;
    }

    private static int send(HttpClient client, HttpRequest request, NamedQuery q) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200)
            throw new IOException("query " + q.name() + " answered HTTP " + response.statusCode());
        return response.body().length;
    }

    private static void memory(JsonObject r, ResourceMonitor m) {
        r.addProperty("peak_heap_mb", m.peakHeapMb());
        r.addProperty("peak_rss_mb", ResourceMonitor.peakRssMb());
        r.addProperty("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
    }

    /** CoreNLP's per-annotator timing report on one line. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", "; ").trim();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
