package org.biokg.nlp;

import org.biokg.extract.pipeline.BiographyReader;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationCacheTest {
    @TempDir
    Path cache;

    private static Source source(String text) {
        return new SourceReader().read("cache-test.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSecondReadOfUnchangedTextSkipsCoreNlp() throws IOException {
        String text = "Ada Byron was born in London in 1815. She married William King in 1835.";
        BiographyReader.Reading first = BiographyReader.builder().cacheDir(cache).build().read(source(text));
        assertFalse(first.annotated().fromCache());
        int runs = NlpPipeline.coreNlpRuns();
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".pb.gz")).count());
        }

        BiographyReader.Reading second = BiographyReader.builder().cacheDir(cache).build().read(source(text));
        assertTrue(second.annotated().fromCache());
        assertEquals(runs, NlpPipeline.coreNlpRuns(), "CoreNLP must not run again");
        assertEquals(first.result().facts().toString(), second.result().facts().toString());
    }

    @Test
    void changedTextIsAnnotatedAgain() {
        BiographyReader.builder().cacheDir(cache).build().read(source("Ada Byron was born in London."));
        int runs = NlpPipeline.coreNlpRuns();
        BiographyReader.Reading changed = BiographyReader.builder().cacheDir(cache).build().read(source("Ada Byron was born in Paris."));
        assertFalse(changed.annotated().fromCache());
        assertEquals(runs + 1, NlpPipeline.coreNlpRuns());
    }

    @Test
    void aDamagedCacheEntryIsIgnored() throws IOException {
        String text = "Ada Byron was born in London.";
        BiographyReader.builder().cacheDir(cache).build().read(source(text));
        try (Stream<Path> files = Files.list(cache)) {
            for (Path p : files.toList()) {
                Files.write(p, new byte[]{1, 2, 3});
            }
        }
        BiographyReader.Reading again = BiographyReader.builder().cacheDir(cache).build().read(source(text));
        assertFalse(again.annotated().fromCache());
        assertFalse(again.result().facts().isEmpty());
    }

    @Test
    void settingsArePartOfTheKey() {
        var a = AnnotationCache.key(java.util.List.of("x"), PipelineSettings.builder().build());
        var b = AnnotationCache.key(java.util.List.of("x"), PipelineSettings.builder().coref(PipelineSettings.Coref.STATISTICAL).build());
        var c = AnnotationCache.key(java.util.List.of("x"), PipelineSettings.builder().threads(1).build());
        assertFalse(a.equals(b));
        assertEquals(a, c, "thread count does not change annotations");
    }
}
