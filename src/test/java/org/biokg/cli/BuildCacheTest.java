package org.biokg.cli;

import org.biokg.nlp.NlpPipeline;
import org.apache.jena.rdf.model.Model;
import org.biokg.rdf.DatasetReader;
import org.biokg.rdf.PROV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rebuild of unchanged text takes its facts from the extraction cache, and still applies the new options. */
class BuildCacheTest {
    @TempDir
    Path tmp;

    @Test
    void aRebuildOfUnchangedTextSkipsCoreNlpAndExtractionButNotTheThreshold() throws IOException {
        Path bio = tmp.resolve("mira-kessel.txt");
        Files.writeString(bio, "Mira Kessel (1 June 1850 – 3 May 1921) was a glassmaker. She was born in Lowmarsh. "
                + "In 1871 Kessel joined the Glassmakers' Guild, and she sided with Tobin Vey against the council.\n");
        String cache = tmp.resolve("cache").toString();
        CliRunner first = CliRunner.run("build", "--no-store", "--cache-dir", cache, "--out", tmp.resolve("a").toString(), bio.toString());
        assertEquals(0, first.code(), first.err());
        assertFalse(first.err().contains("facts from the cache"), first.err());
        int runs = NlpPipeline.coreNlpRuns();

        CliRunner second = CliRunner.run("build", "--no-store", "--cache-dir", cache, "--out", tmp.resolve("b").toString(), bio.toString());
        assertEquals(0, second.code(), second.err());
        assertTrue(second.err().contains("facts from the cache"), second.err());
        assertEquals(runs, NlpPipeline.coreNlpRuns(), "CoreNLP must not run again");
        assertTrue(withoutRunTime(tmp.resolve("a/biokg.ttl")).isIsomorphicWith(withoutRunTime(tmp.resolve("b/biokg.ttl"))),
                "same graph");

        // The strictest threshold moves facts to the candidates graph, cache or not.
        CliRunner strict = CliRunner.run("build", "--no-store", "--threshold", "1.0", "--cache-dir", cache,
                "--out", tmp.resolve("c").toString(), bio.toString());
        assertEquals(0, strict.code(), strict.err());
        assertTrue(strict.err().contains("facts from the cache"), strict.err());
        assertTrue(candidates(strict.out()) > candidates(second.out()), strict.out() + "\n---\n" + second.out());

        CliRunner uncached = CliRunner.run("build", "--no-store", "--no-cache", "--out", tmp.resolve("d").toString(), bio.toString());
        assertEquals(0, uncached.code(), uncached.err());
        assertEquals(runs + 1, NlpPipeline.coreNlpRuns(), "--no-cache reads everything again");
    }

    /** The graph without the time its extraction run started, the one triple two builds may differ in. */
    private static Model withoutRunTime(Path ttl) {
        Model m = DatasetReader.read(ttl).getDefaultModel();
        m.removeAll(null, PROV.startedAtTime, null);
        assertFalse(m.isEmpty(), ttl.toString());
        return m;
    }

    private static int candidates(String report) {
        var m = java.util.regex.Pattern.compile("Candidate facts \\(below the confidence threshold\\): (\\d+)").matcher(report);
        assertTrue(m.find(), report);
        return Integer.parseInt(m.group(1));
    }
}
