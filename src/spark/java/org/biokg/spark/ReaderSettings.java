package org.biokg.spark;

import org.biokg.extract.pipeline.BiographyReader;
import org.biokg.extract.ExtractionCache;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.SourceReader;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * How the executors read documents: what the driver sends them (with each task) to build their reader.
 *
 * @param coref    CoreNLP coreference: {@code none} or {@code statistical}
 * @param threads  CoreNLP threads per task
 * @param cacheDir the annotation and extraction caches on each executor's local disk, or null for none
 * @param maxBytes the largest document text, in UTF-8 bytes
 */
public record ReaderSettings(PipelineSettings.Coref coref, int threads, String cacheDir, long maxBytes)
        implements Serializable {
    public PipelineSettings pipeline() {
        return PipelineSettings.builder().coref(coref).threads(threads).build();
    }

    public SourceReader sourceReader() {
        return new SourceReader(maxBytes);
    }

    /** The extraction cache, or null without a cache folder. */
    public ExtractionCache extractionCache() {
        return cacheDir == null ? null : new ExtractionCache(Path.of(cacheDir));
    }

    BiographyReader newReader() {
        return BiographyReader.builder()
                .settings(pipeline())
                .cacheDir(cacheDir == null ? null : Path.of(cacheDir))
                .maxBytes(maxBytes)
                .build();
    }
}
