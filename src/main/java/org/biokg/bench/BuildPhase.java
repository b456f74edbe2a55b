package org.biokg.bench;

import com.google.gson.JsonObject;
import org.apache.jena.query.Dataset;
import org.biokg.extract.pipeline.BiographyReader;
import org.biokg.extract.ExtractionCache;
import org.biokg.extract.ExtractionResult;
import org.biokg.nlp.NlpPipeline;
import org.biokg.nlp.PipelineSettings;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.GraphStats;
import org.biokg.rdf.GraphWriter;
import org.biokg.store.BiokgStore;
import org.biokg.store.BuildStamp;
import org.biokg.store.LoadResult;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The {@code build} phase of the benchmark: biokg's own build, timed step by step. */
final class BuildPhase {
    private BuildPhase() {
    }

    /**
     * biokg's build as {@code biokg build} runs it (BuildCommand.build): read each file; take its facts from the
     * extraction cache, or else clean, annotate (or read the annotation cache) and extract; build the RDF; write
     * the Turtle and TriG exports; load the TDB2 store. Timed step by step.
     */
    static JsonObject run(Path cacheDir, Path outDir, Path storeDir, Path input, boolean annotationsOnly) throws IOException {
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
                    m.record(r);
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
                r.addProperty("annotator_times", AnchorPhase.oneLine(NlpPipeline.coreNlp(settings).timingInformation()));
            m.record(r);
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

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
