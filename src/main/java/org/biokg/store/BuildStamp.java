package org.biokg.store;

import org.biokg.extract.ExtractionCache;
import org.biokg.nlp.PipelineSettings;
import org.biokg.rdf.GraphWriter;
import org.biokg.text.Source;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the last build put in a store: a key over everything that decides the graph (the caller's choice:
 * each input's facts-cache key — text, settings and biokg's code — the threshold, base IRI, linking options),
 * the store generation it loaded and the counts it printed. A build whose key matches, with the same
 * generation still current and the export files in place, has nothing to do.
 */
public record BuildStamp(String key, String generation, Path outDir, String report) {
    static final String FILE_NAME = "build.properties";

    /** The build key of a graph: each input's facts-cache key and the options that shape the graph. */
    public static String keyOf(List<Source> sources, PipelineSettings settings, double threshold,
                               String baseIri, boolean link, double linkThreshold) {
        List<String> parts = new ArrayList<>();
        for (Source s : sources) {
            parts.add(ExtractionCache.key(s, settings));
        }
        parts.add(String.valueOf(threshold));
        parts.add(String.valueOf(baseIri));
        parts.add(link ? "link " + linkThreshold : "no link");
        return key(parts);
    }

    /** A key over the parts that decide a graph. */
    public static String key(List<String> parts) {
        StringBuilder sb = new StringBuilder("v1");
        for (String p : parts) {
            sb.append('\u0000').append(p);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stamp of the store, if there is a readable one. */
    public static Optional<BuildStamp> read(BiokgStore store) {
        Path f = store.root().resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new BuildStamp(p.getProperty("key", ""), p.getProperty("generation", ""),
                    Path.of(p.getProperty("out", "")), p.getProperty("report", "")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when this stamp says {@code store} and {@code outDir} already hold the graph of {@code key}. */
    public boolean upToDate(String key, BiokgStore store, Path outDir) {
        Optional<StorePointer> current = store.current();
        return this.key.equals(key) && current.isPresent() && current.get().generation().equals(generation)
                && this.outDir.toAbsolutePath().normalize().equals(outDir.toAbsolutePath().normalize())
                && Files.isRegularFile(outDir.resolve(GraphWriter.ASSERTED_FILE))
                && Files.isRegularFile(outDir.resolve(GraphWriter.DATASET_FILE))
                && store.filesLookSound();
    }

    /** Deletes the stamp, so that the next build does its work (the store was found corrupt). */
    static void forget(BiokgStore store) {
        try {
            Files.deleteIfExists(store.root().resolve(FILE_NAME));
        } catch (IOException e) {
            // the store's check at open still refuses the corrupt database
        }
    }

    /** Writes the stamp next to the store's pointer (temporary file and rename). A failure only costs time. */
    public void write(BiokgStore store) {
        Properties p = new Properties();
        p.setProperty("key", key);
        p.setProperty("generation", generation);
        p.setProperty("out", outDir.toAbsolutePath().normalize().toString());
        p.setProperty("report", report);
        try {
            Path tmp = Files.createTempFile(store.root(), "build", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "biokg: what the last build loaded (see BuildStamp)");
            }
            Files.move(tmp, store.root().resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the next build will simply not be able to skip its work
        }
    }
}
