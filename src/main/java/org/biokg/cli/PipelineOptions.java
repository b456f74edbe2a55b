package org.biokg.cli;

import org.biokg.Progress;
import org.biokg.extract.BiographyReader;
import org.biokg.nlp.AnnotationCache;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.SourceReader;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Options shared by the commands that read a biography (facts, eval, build, up, bench). */
public final class PipelineOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where CoreNLP annotations are cached (default: $BIOKG_CACHE or ~/.cache/biokg).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the annotation cache.")
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

    /** Progress on stderr for the command's long steps; silent with --quiet. */
    Progress progress(PrintWriter err) {
        return ConsoleProgress.of(err, quiet);
    }

    BiographyReader reader(PrintWriter err) {
        return BiographyReader.builder()
                .settings(settings())
                .cacheDir(noCache ? null : cacheDir != null ? cacheDir : AnnotationCache.defaultDir())
                .progress(progress(err))
                .maxBytes(maxBytes)
                .build();
    }
}
