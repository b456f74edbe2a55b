package org.biokg.bench;

import com.google.gson.JsonObject;
import org.apache.jena.query.Dataset;
import org.biokg.extract.pipeline.CorpusReading;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.link.DocumentConsolidation;
import org.biokg.link.EntityMerge;
import org.biokg.nlp.NlpPipeline;
import org.biokg.nlp.PipelineSettings;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.OntologyGraph;
import org.biokg.store.BiokgStore;
import org.biokg.store.LoadResult;
import org.biokg.text.Corpus;
import org.biokg.text.SourceReader;

import java.nio.file.Path;
import java.util.List;

/**
 * The corpus phase of {@code biokg bench --corpus}: one JVM builds the graph of a corpus as {@code biokg build}
 * does, on N threads, caches off: models loaded once (timed apart), every document read (text, CoreNLP,
 * extraction), the cross-document step and the graph, then the TDB2 load. The reading time is what scales
 * with threads; the rest is reported beside it.
 */
final class CorpusPhase {
    private CorpusPhase() {
    }

    static JsonObject run(Path input, int threads, Path storeDir) {
        JsonObject r = new JsonObject();
        try (ResourceMonitor m = ResourceMonitor.start()) {
            PipelineSettings settings = PipelineSettings.builder().threads(threads).build();
            Corpus corpus = Corpus.of(List.of(input), new SourceReader());
            long chars = 0;
            int documents = 0;
            for (Corpus.Entry e : corpus) {
                try {
                    chars += e.read().text().length();
                    documents++;
                } catch (RuntimeException ignored) {
                    // counted as failed below
                }
            }
            long t0 = System.nanoTime();
            NlpPipeline.coreNlp(settings);
            long t1 = System.nanoTime();
            double c1 = ResourceMonitor.processCpuSeconds();
            CorpusReading.Outcome read = CorpusReading.builder().settings(settings).build().read(corpus);
            long t2 = System.nanoTime();
            double c2 = ResourceMonitor.processCpuSeconds();
            List<ExtractionResult> results = DocumentConsolidation.apply(read.results());
            List<EntityMerge> merges = CrossDocumentEntities.find(results);
            Dataset ds = GraphBuilder.create().merges(merges).build().toDataset(CrossDocumentEntities.apply(results, merges));
            long t3 = System.nanoTime();
            LoadResult loaded = BiokgStore.at(storeDir).load(OntologyGraph.with(ds));
            long t4 = System.nanoTime();
            r.addProperty("threads", threads);
            r.addProperty("documents", documents);
            r.addProperty("failed", read.failures().size());
            r.addProperty("characters", chars);
            r.addProperty("load_models_s", seconds(t1 - t0));
            r.addProperty("read_s", seconds(t2 - t1));
            r.addProperty("read_cpu_s", c2 - c1);
            r.addProperty("graph_s", seconds(t3 - t2));
            r.addProperty("store_s", seconds(t4 - t3));
            r.addProperty("triples", loaded.triples() + loaded.quads());
            r.addProperty("merges", merges.size());
            r.addProperty("peak_heap_mb", m.peakHeapMb());
            r.addProperty("peak_rss_mb", ResourceMonitor.peakRssMb());
        }
        return r;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
