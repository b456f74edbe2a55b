package org.biokg.cli;

import org.biokg.extract.BiographyReader;
import org.biokg.extract.ExtractionCache;
import org.biokg.nlp.AnnotationCache;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.SourceReader;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Options shared by the commands that read a biography (facts, eval, build, up, bench). */
public final class PipelineOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where CoreNLP annotations and extracted facts are cached (default: $BIOKG_CACHE or ~/.cache/biokg).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the annotation and extraction caches.")
    boolean noCache;

    @Option(names = "--coref", paramLabel = "ALGO", defaultValue = "none",
            description = "Coreference: none (biokg's subject-centred pronoun resolution; default) or statistical "
                    + "(CoreNLP's, slower).")
    String coref;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for CoreNLP (default: all cores).")
    Integer threads;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SourceReader.DEFAULT_MAX_BYTES,
            description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    PipelineSettings settings() {
        PipelineSettings.Builder b = PipelineSettings.builder();
        switch (coref.toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> b.coref(PipelineSettings.Coref.NONE);
            case "statistical" -> b.coref(PipelineSettings.Coref.STATISTICAL);
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--coref must be none or statistical, not '" + coref + "'");
        }
        if (threads != null) {
            b.threads(threads);
        }
        return b.build();
    }

    /** The extraction cache beside the annotation cache, or null with --no-cache. */
    ExtractionCache extractionCache() {
        return noCache ? null : new ExtractionCache(cacheDir != null ? cacheDir : AnnotationCache.defaultDir());
    }

    SourceReader sourceReader() {
        return new SourceReader(maxBytes);
    }

    BiographyReader reader(PrintWriter err) {
        return BiographyReader.builder()
                .settings(settings())
                .cacheDir(noCache ? null : cacheDir != null ? cacheDir : AnnotationCache.defaultDir())
                .progress(ConsoleProgress.of(err, quiet))
                .maxBytes(maxBytes)
                .build();
    }
}
