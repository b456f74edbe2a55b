package org.biokg.extract.pipeline;

import org.biokg.extract.ExtractionResult;

import org.biokg.BiokgException;
import org.biokg.Progress;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.nlp.AnnotationCache;
import org.biokg.nlp.NlpPipeline;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.CleanDocument;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;
import org.biokg.text.WikiTextCleaner;

import java.nio.file.Path;

/**
 * Reads a biography from file to facts: text stage, nlp stage, extract stage, in that order. Configured
 * with {@link #builder()}; one instance can read many files (CoreNLP is loaded once per JVM).
 */
public final class BiographyReader {
    private final SourceReader sourceReader;
    private final WikiTextCleaner cleaner;
    private final NlpPipeline nlp;
    private final Extractor extractor;
    private final Progress progress;

    private BiographyReader(Builder b) {
        this.sourceReader = new SourceReader(b.maxBytes);
        this.cleaner = new WikiTextCleaner();
        this.nlp = new NlpPipeline(b.settings, b.cacheDir == null ? null : new AnnotationCache(b.cacheDir), b.progress,
                b.chunkThreads > 0 ? b.chunkThreads : b.settings.threads());
        this.extractor = Extractor.withDefaultRules();
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What reading one file produced, stage by stage, with the time each stage took. */
    public record Reading(Source source, CleanDocument clean, AnnotatedDocument annotated, ExtractionResult result,
                          long textMillis, long nlpMillis, long extractMillis) {
    }

    public Reading read(Path file) {
        return read(sourceReader.read(file));
    }

    public Reading read(Source source) {
        long t0 = System.nanoTime();
        CleanDocument clean = cleaner.clean(source);
        if (clean.sentences().isEmpty()) {
            throw BiokgException.badInput(source.name() + ": no sentences to read (the text stage found no prose, "
                    + "only infobox fields or markup; see 'biokg text --residue')");
        }
        long t1 = System.nanoTime();
        AnnotatedDocument annotated = nlp.annotate(clean);
        long t2 = System.nanoTime();
        ExtractionResult result = extractor.extract(annotated, progress);
        long t3 = System.nanoTime();
        return new Reading(source, clean, annotated, result, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    }

    public static final class Builder {
        private PipelineSettings settings = PipelineSettings.defaults();
        private Path cacheDir = AnnotationCache.defaultDir();
        private Progress progress = Progress.NONE;
        private long maxBytes = SourceReader.DEFAULT_MAX_BYTES;
        private int chunkThreads;

        /**
         * Threads for one document's sentence chunks (default: the settings' threads). 1 when several
         * documents are read at once, each on a thread of its own.
         */
        public Builder chunkThreads(int n) {
            this.chunkThreads = n;
            return this;
        }

        public Builder settings(PipelineSettings settings) {
            this.settings = settings;
            return this;
        }

        /** Where annotated documents are cached; null turns the cache off. */
        public Builder cacheDir(Path dir) {
            this.cacheDir = dir;
            return this;
        }

        public Builder progress(Progress progress) {
            this.progress = progress == null ? Progress.NONE : progress;
            return this;
        }

        public Builder maxBytes(long maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        public BiographyReader build() {
            return new BiographyReader(this);
        }
    }
}
