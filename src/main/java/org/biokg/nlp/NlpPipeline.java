package org.biokg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.biokg.BiokgException;
import org.biokg.Progress;
import org.biokg.text.CleanDocument;
import org.biokg.text.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The nlp stage: runs CoreNLP over a clean document and returns it annotated. The CoreNLP pipeline is built
 * once per JVM and settings (model loading takes 10-25 s). Sentences are annotated in chunks, on all cores,
 * which also gives progress; with coreference on, the document is one chunk (coref needs all of it).
 */
public final class NlpPipeline {
    private static final Map<PipelineSettings, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
    private static final AtomicInteger CORENLP_RUNS = new AtomicInteger();
    private static final AtomicLong LOAD_MILLIS = new AtomicLong();
    private static final int CHUNK_SENTENCES = 20;

    private final PipelineSettings settings;
    private final AnnotationCache cache;
    private final Progress progress;
    private final int chunkThreads;

    public NlpPipeline(PipelineSettings settings, AnnotationCache cache, Progress progress) {
        this(settings, cache, progress, settings.threads());
    }

    /**
     * @param chunkThreads how many of one document's chunks are annotated at once: the settings' threads for one
     *                     long biography, 1 when a corpus gives each thread documents of its own (no threads
     *                     competing for the same cores)
     */
    public NlpPipeline(PipelineSettings settings, AnnotationCache cache, Progress progress, int chunkThreads) {
        this.settings = settings;
        this.cache = cache;
        this.progress = progress == null ? Progress.NONE : progress;
        this.chunkThreads = Math.max(1, chunkThreads);
    }

    /** How many documents CoreNLP has annotated in this JVM (cache hits do not count). */
    public static int coreNlpRuns() {
        return CORENLP_RUNS.get();
    }

    /** Total time spent loading CoreNLP models in this JVM, in milliseconds. */
    public static long modelLoadMillis() {
        return LOAD_MILLIS.get();
    }

    /** The shared CoreNLP pipeline for {@code settings}, loading models on first use. */
    public static StanfordCoreNLP coreNlp(PipelineSettings settings) {
        return PIPELINES.computeIfAbsent(settings, s -> {
            long t0 = System.nanoTime();
            try {
                return new StanfordCoreNLP(s.properties());
            } catch (OutOfMemoryError e) {
                throw new BiokgException(BiokgException.RUNTIME,
                        "out of memory loading the CoreNLP models: give Java more heap (e.g. BIOKG_JAVA_OPTS=-Xmx6g)");
            } finally {
                LOAD_MILLIS.addAndGet((System.nanoTime() - t0) / 1_000_000);
            }
        });
    }

    public AnnotatedDocument annotate(CleanDocument doc) {
        List<String> chunkTexts = chunkTexts(doc);
        String key = AnnotationCache.key(chunkTexts, settings);
        if (cache != null) {
            Optional<List<Annotation>> hit = cache.get(key, chunkTexts.size());
            if (hit.isPresent()) {
                return new AnnotatedDocument(doc, hit.get(), true);
            }
        }
        progress.start("loading CoreNLP models", 0);
        StanfordCoreNLP nlp = coreNlp(settings);
        progress.finish();
        List<Annotation> chunks = run(nlp, chunkTexts, doc.sentences().size());
        CORENLP_RUNS.incrementAndGet();
        if (cache != null) {
            cache.put(key, chunks);
        }
        return new AnnotatedDocument(doc, chunks, false);
    }

    /** Sentences one per line (the text stage already split them), grouped into chunks. */
    private List<String> chunkTexts(CleanDocument doc) {
        int size = settings.coref() == PipelineSettings.Coref.NONE ? CHUNK_SENTENCES : Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Sentence s : doc.sentences()) {
            if (n == size) {
                out.add(sb.toString());
                sb.setLength(0);
                n = 0;
            }
            if (n > 0) {
                sb.append('\n');
            }
            sb.append(s.text());
            n++;
        }
        if (n > 0) {
            out.add(sb.toString());
        }
        return out;
    }

    private List<Annotation> run(StanfordCoreNLP nlp, List<String> chunkTexts, int sentences) {
        if (chunkTexts.isEmpty()) {
            return List.of();
        }
        progress.start("annotating " + sentences + " sentences with CoreNLP", sentences);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(chunkThreads, chunkTexts.size())), r -> {
            Thread t = new Thread(r, "corenlp");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Annotation>> futures = new ArrayList<>();
            AtomicLong done = new AtomicLong();
            for (String text : chunkTexts) {
                futures.add(pool.submit(() -> {
                    Annotation a = new Annotation(text);
                    nlp.annotate(a);
                    long d = done.addAndGet(text.chars().filter(c -> c == '\n').count() + 1);
                    synchronized (progress) {
                        progress.update(d);
                    }
                    return a;
                }));
            }
            List<Annotation> out = new ArrayList<>();
            for (Future<Annotation> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BiokgException(BiokgException.RUNTIME, "interrupted while annotating");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                throw new BiokgException(BiokgException.RUNTIME,
                        "out of memory while annotating: give Java more heap (e.g. BIOKG_JAVA_OPTS=-Xmx8g)");
            }
            throw new BiokgException(BiokgException.RUNTIME, "CoreNLP failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }
}
