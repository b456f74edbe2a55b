package org.biokg.cli;

import org.biokg.extract.ExtractionCache;
import org.biokg.nlp.PipelineSettings;
import org.biokg.store.BiokgStore;
import org.biokg.store.StorePointer;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the last build put in a store: a key over everything that decides the graph (each input's facts-cache
 * key — text, settings and biokg's code — the threshold, base IRI and linking options), the store generation
 * it loaded and the counts it printed. A build whose key matches, with the same generation still current and
 * the export files in place, has nothing to do.
 */
record BuildStamp(String key, String generation, Path outDir, String report) {
    static final String FILE_NAME = "build.properties";

    static String key(List<Source> sources, PipelineSettings settings, double threshold, String baseIri, boolean link,
                      double linkThreshold) {
        StringBuilder sb = new StringBuilder("v1");
        for (Source s : sources) {
            sb.append('\u0000').append(ExtractionCache.key(s, settings));
        }
        sb.append('\u0000').append(threshold).append('\u0000').append(baseIri).append('\u0000').append(link)
                .append('\u0000').append(link ? linkThreshold : 0);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stamp of the store, if there is a readable one. */
    static Optional<BuildStamp> read(BiokgStore store) {
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
    boolean upToDate(String key, BiokgStore store, Path outDir) {
        Optional<StorePointer> current = store.current();
        return this.key.equals(key) && current.isPresent() && current.get().generation().equals(generation)
                && this.outDir.toAbsolutePath().normalize().equals(outDir.toAbsolutePath().normalize())
                && Files.isRegularFile(outDir.resolve(org.biokg.rdf.GraphWriter.ASSERTED_FILE))
                && Files.isRegularFile(outDir.resolve(org.biokg.rdf.GraphWriter.DATASET_FILE));
    }

    /** Writes the stamp next to the store's pointer (temporary file and rename). A failure only costs time. */
    void write(BiokgStore store) {
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
