package org.biokg.extract.pipeline;

import org.biokg.extract.ExtractionCache;
import org.biokg.extract.ExtractionResult;

import org.biokg.BiokgException;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.Corpus;
import org.biokg.text.Source;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads every document of a corpus to facts, for build, up and facts: models loaded once, documents on
 * {@code --threads} threads of their own (one long biography instead spreads its sentence chunks over them),
 * each document from the extraction cache when its text, settings and biokg are unchanged. A document that
 * fails is reported and skipped; the run goes on and lists the failures at the end.
 * <pre>
 * CorpusReading.Outcome o = CorpusReading.builder().settings(s).annotationCache(dir).progressTo(err).build()
 *         .read(Corpus.of(List.of(Path.of("shelf.jsonl.gz")), new SourceReader()));
 * </pre>
 */
public final class CorpusReading {
    /** A document that could not be read, and why (one line). */
    public record Failure(String where, String message) {
    }

    /** The results in corpus order, the digest of each document's source, the failures. */
    public record Outcome(List<ExtractionResult> results, Map<String, String> digests, List<Failure> failures) {
    }

    private final PipelineSettings settings;
    private final Path annotationCache;
    private final ExtractionCache cache;
    private final long maxBytes;
    private final PrintWriter err;
    private final org.biokg.Progress pipelineProgress;
    private BiographyReader reader; // built on the first cache miss: it compiles the extraction rules

    private CorpusReading(Builder b) {
        this.settings = b.settings;
        this.annotationCache = b.annotationCache;
        this.cache = b.extractionCache;
        this.maxBytes = b.maxBytes;
        this.err = b.err;
        this.pipelineProgress = b.pipelineProgress;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Outcome read(Corpus corpus) {
        int total = corpus.count();
        int workers = Math.max(1, Math.min(settings.threads(), total));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "biokg-document");
            t.setDaemon(true);
            return t;
        });
        // At most two documents a worker wait in memory: a corpus of a million lines is never read ahead.
        Semaphore window = new Semaphore(workers * 2);
        Progress progress = new Progress(total, err);
        List<Future<Object>> pending = new ArrayList<>();
        try {
            for (Corpus.Entry entry : corpus) {
                window.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        return readOne(entry, workers, progress);
                    } finally {
                        window.release();
                    }
                }));
            }
            List<ExtractionResult> results = new ArrayList<>();
            Map<String, String> digests = new HashMap<>();
            Map<String, String> seen = new HashMap<>();
            List<Failure> failures = new ArrayList<>();
            for (Future<Object> f : pending) {
                Object o = get(f);
                if (o instanceof Failure x) {
                    failures.add(x);
                } else {
                    Read r = (Read) o;
                    String earlier = seen.putIfAbsent(r.result().documentId(), r.where());
                    if (earlier != null) {
                        failures.add(new Failure(r.where(), "document id " + r.result().documentId()
                                + " is already used by " + earlier + "; the first one is kept"));
                        continue;
                    }
                    results.add(r.result());
                    digests.put(r.result().documentId(), r.sha256());
                }
            }
            if (err != null && total > 1) {
                err.printf(Locale.ROOT, "biokg: read %,d of %,d documents in %s%s%n", results.size(), total,
                        Progress.duration(progress.elapsedMillis()),
                        failures.isEmpty() ? "" : "; " + failures.size() + " failed (listed below)");
                err.flush();
            }
            return new Outcome(results, digests, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Read(String where, ExtractionResult result, String sha256) {
    }

    private Object readOne(Corpus.Entry entry, int workers, Progress progress) {
        long t0 = System.nanoTime();
        try {
            Source source = entry.read();
            ExtractionResult result = cache == null ? null : cache.get(source, settings).orElse(null);
            boolean cached = result != null;
            if (result == null) {
                result = reader(workers).read(source).result();
                if (cache != null) {
                    cache.put(source, settings, result);
                }
            }
            progress.done(source.id(), result.facts().size() + " facts" + (cached ? " (from the cache)" : ""), t0);
            if (cached && progress.single() && err != null) {
                err.println("biokg: " + source.name() + ": facts from the cache (text, settings and biokg unchanged)");
            }
            return new Read(entry.where(), result, source.sha256());
        } catch (BiokgException e) {
            progress.done(entry.where(), "FAILED: " + e.getMessage(), t0);
            return new Failure(entry.where(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // One document that breaks the parser or a rule must not end a corpus run.
            String why = "internal error: " + e;
            progress.done(entry.where(), "FAILED: " + why, t0);
            return new Failure(entry.where(), why);
        }
    }

    private synchronized BiographyReader reader(int workers) {
        if (reader == null) {
            reader = BiographyReader.builder()
                    .settings(settings)
                    .cacheDir(annotationCache)
                    .progress(workers > 1 ? org.biokg.Progress.NONE : pipelineProgress)
                    .maxBytes(maxBytes)
                    .chunkThreads(workers > 1 ? 1 : settings.threads())
                    .build();
        }
        return reader;
    }

    private static Object get(Future<Object> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BiokgException(BiokgException.RUNTIME, "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof OutOfMemoryError oom) {
                throw new BiokgException(BiokgException.RUNTIME, "out of memory while reading the corpus: give Java more "
                        + "heap (BIOKG_JAVA_OPTS=-Xmx8g) or fewer --threads");
            }
            throw new BiokgException(BiokgException.RUNTIME, "reading failed: " + c);
        }
    }

    /** Configuration of a {@link CorpusReading}. */
    public static final class Builder {
        private PipelineSettings settings = PipelineSettings.defaults();
        private Path annotationCache;
        private ExtractionCache extractionCache;
        private long maxBytes = org.biokg.text.SourceReader.DEFAULT_MAX_BYTES;
        private PrintWriter err;
        private org.biokg.Progress pipelineProgress = org.biokg.Progress.NONE;

        private Builder() {
        }

        /** CoreNLP's settings; its threads are the documents read at once (or one document's chunks). */
        public Builder settings(PipelineSettings settings) {
            this.settings = settings;
            return this;
        }

        /** Where CoreNLP's annotations are cached; null (the default) for none. */
        public Builder annotationCache(Path dir) {
            this.annotationCache = dir;
            return this;
        }

        /** Extracted facts by text, settings and code; null (the default) for none. */
        public Builder extractionCache(ExtractionCache cache) {
            this.extractionCache = cache;
            return this;
        }

        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** A line per document here (null, the default: quiet). */
        public Builder progressTo(PrintWriter err) {
            this.err = err;
            return this;
        }

        /** The pipeline's own progress, shown when one long document is read. */
        public Builder pipelineProgress(org.biokg.Progress progress) {
            this.pipelineProgress = progress == null ? org.biokg.Progress.NONE : progress;
            return this;
        }

        public CorpusReading build() {
            return new CorpusReading(this);
        }
    }

    /** One line per document on stderr with the count, the time it took and the time left. */
    static final class Progress {
        private final int total;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private final AtomicInteger done = new AtomicInteger();

        Progress(int total, PrintWriter err) {
            this.total = total;
            this.err = total > 1 ? err : null; // one document: the pipeline's own progress says enough
        }

        boolean single() {
            return total <= 1;
        }

        long elapsedMillis() {
            return (System.nanoTime() - start) / 1_000_000;
        }

        void done(String what, String outcome, long t0) {
            int n = done.incrementAndGet();
            if (err == null) {
                return;
            }
            long elapsed = elapsedMillis();
            long eta = n >= total ? 0 : elapsed * (total - n) / n;
            synchronized (err) {
                err.printf(Locale.ROOT, "biokg: [%d/%d] %s: %s, %.1f s; %s left%n", n, total, what, outcome,
                        (System.nanoTime() - t0) / 1e9, n >= total ? "nothing" : "about " + duration(eta));
                err.flush();
            }
        }

        static String duration(long millis) {
            long s = Math.round(millis / 1000.0);
            return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
        }
    }
}
