package org.biokg;

import org.biokg.extract.pipeline.BiographyReader;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Shared, once-per-JVM test fixtures: one BiographyReader (CoreNLP loads once) with an annotation cache
 * under target/, and the seed read once.
 */
public final class TestPipelines {
    public static final Path SEED = Path.of("data/leon-trotsky.txt");
    public static final Path CACHE = Path.of("target/nlp-cache");
    private static BiographyReader reader;
    private static BiographyReader.Reading seed;

    private TestPipelines() {
    }

    public static synchronized BiographyReader reader() {
        if (reader == null) {
            reader = BiographyReader.builder().cacheDir(CACHE).build();
        }
        return reader;
    }

    /** The seed, read (and annotated, or loaded from the cache) once per JVM. */
    public static synchronized BiographyReader.Reading seed() {
        if (seed == null) {
            seed = reader().read(SEED);
        }
        return seed;
    }

    /** Reads a made-up text. */
    public static BiographyReader.Reading read(String name, String text) {
        Source s = new SourceReader().read(name, text.getBytes(StandardCharsets.UTF_8));
        return reader().read(s);
    }
}
