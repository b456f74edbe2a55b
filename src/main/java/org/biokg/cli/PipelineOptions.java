package org.biokg.cli;

import org.biokg.Progress;
import org.biokg.extract.pipeline.BiographyReader;
import org.biokg.extract.pipeline.CorpusReading;
import org.biokg.extract.ExtractionCache;
import org.biokg.extract.ExtractionResult;
import org.biokg.link.DocumentConsolidation;
import org.biokg.link.EntityLinker;
import org.biokg.link.WikiDict;
import org.biokg.nlp.AnnotationCache;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.SourceReader;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Options shared by the commands that read a biography (facts, eval, build, up, bench). */
public final class PipelineOptions {
    /** The command this mixin belongs to, so that a usage error prints to its error stream. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where CoreNLP annotations and extracted facts are cached (default: $BIOKG_CACHE or ~/.cache/biokg).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the annotation and extraction caches.")
    boolean noCache;

    @Option(names = "--coref", paramLabel = "ALGO", defaultValue = "none",
            description = "Coreference: none (biokg's subject-centred pronoun resolution; default) or statistical "
                    + "(CoreNLP's, slower).")
    String coref;

    Integer threads;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for CoreNLP, 1 to "
            + OptionRanges.MAX_THREADS + " (default: all cores).")
    void threads(int n) {
        threads = OptionRanges.threads(mixee, n);
    }

    long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SourceReader.DEFAULT_MAX_BYTES,
            description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
    void maxBytes(long n) {
        maxBytes = OptionRanges.maxBytes(mixee, n, SourceReader.MAX_ARRAY);
    }

    @Option(names = {"-q", "--quiet"}, description = "No progress output.")
    boolean quiet;

    @Option(names = "--link", description = "Link entities to Wikipedia/DBpedia with CoreNLP's WikiDict (offline; about "
            + "5 s more) and merge entities that link to the same page.")
    boolean link;

    double linkThreshold = EntityLinker.DEFAULT_THRESHOLD;

    @Option(names = "--link-threshold", paramLabel = "C", defaultValue = "" + EntityLinker.DEFAULT_THRESHOLD,
            description = "Links at or above this confidence are owl:sameAs and merge entities; below it, only a "
                    + "biokg:linkCandidate (default: ${DEFAULT-VALUE}).")
    void linkThreshold(double c) {
        linkThreshold = OptionRanges.confidence(mixee, "--link-threshold", c);
    }

    @Option(names = "--wikidict", paramLabel = "FILE", description = "With --link: this dictionary (surface TAB title "
            + "TAB score; .gz allowed) instead of CoreNLP's.")
    Path wikidict;

    PipelineSettings settings() {
        PipelineSettings.Builder b = PipelineSettings.builder();
        switch (coref.toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> b.coref(PipelineSettings.Coref.NONE);
            case "statistical" -> b.coref(PipelineSettings.Coref.STATISTICAL);
            default -> throw new picocli.CommandLine.ParameterException(mixee.commandLine(),
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

    /**
     * The entity linker when --link is given, else null. Made before the (slow) reading, so that a missing
     * dictionary file is reported at once.
     */
    EntityLinker linker(PrintWriter err) {
        if (!link) {
            return null;
        }
        EntityLinker.Builder b = EntityLinker.builder().threshold(linkThreshold).progress(progress(err));
        if (wikidict != null) {
            b.dictionary(WikiDict.of(wikidict));
        }
        return b.build();
    }

    /**
     * The link stage before the cross-document step: each document consolidated ({@link DocumentConsolidation}),
     * then linked by {@code linker} when there is one.
     */
    static List<ExtractionResult> link(EntityLinker linker, List<ExtractionResult> results) {
        List<ExtractionResult> consolidated = DocumentConsolidation.apply(results);
        return linker == null ? consolidated : linker.link(consolidated);
    }

    /** Progress on stderr for the command's long steps; silent with --quiet. */
    Progress progress(PrintWriter err) {
        return ConsoleProgress.of(err, quiet);
    }

    /** Reads corpora with these options: caches, threads, progress (none with --quiet). */
    CorpusReading corpusReading(PrintWriter err) {
        return CorpusReading.builder()
                .settings(settings())
                .annotationCache(noCache ? null : cacheDir != null ? cacheDir : AnnotationCache.defaultDir())
                .extractionCache(extractionCache())
                .maxBytes(maxBytes)
                .progressTo(quiet ? null : err)
                .pipelineProgress(progress(err))
                .build();
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
