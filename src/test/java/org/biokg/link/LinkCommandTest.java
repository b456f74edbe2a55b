package org.biokg.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.biokg.BiokgException;
import org.biokg.TestPipelines;
import org.biokg.cli.CliRunner;
import org.biokg.rdf.BIOKG;
import org.biokg.rdf.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --link, --link-threshold and --wikidict on the command line, on a made-up biography and dictionary. */
class LinkCommandTest {
    @TempDir
    static Path tmp;
    private static Path text;
    private static Path dict;

    @BeforeAll
    static void files() throws IOException {
        text = Files.writeString(tmp.resolve("mara-velinska.txt"), String.join("\n",
                "Mara Velinska (12 March 1881 – 3 May 1950) was a labour organiser from Drovnik.",
                "In 1904 Velinska sided with Tomás Rell against the harbour owners.",
                "She was expelled from the Harbour Workers' League in 1927.", ""));
        dict = LinkFixtures.dictionary(tmp, false);
    }

    private static CliRunner build(Path out, String... extra) {
        String[] base = {"build", "--quiet", "--no-store", "--cache-dir", TestPipelines.CACHE.toString(), "--out", out.toString()};
        String[] args = new String[base.length + extra.length + 1];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        args[args.length - 1] = text.toString();
        return CliRunner.run(args);
    }

    @Test
    void buildWithLinkWritesSameAsAndWithoutItNoLinkAtAll() {
        CliRunner linked = build(tmp.resolve("linked"), "--link", "--wikidict", dict.toString());
        assertEquals(0, linked.code(), linked.err());
        Model m = DatasetReader.read(tmp.resolve("linked/biokg.trig")).getDefaultModel();
        assertTrue(m.contains(null, OWL.sameAs, m.getResource("http://dbpedia.org/resource/Mara_Velinska")),
                "the subject is linked: " + linked.out());
        assertTrue(m.contains(null, BIOKG.linkConfidence));

        CliRunner plain = build(tmp.resolve("plain"));
        assertEquals(0, plain.code(), plain.err());
        Dataset ds = DatasetReader.read(tmp.resolve("plain/biokg.trig"));
        assertFalse(ds.getDefaultModel().contains(null, OWL.sameAs));
        assertFalse(ds.getDefaultModel().contains(null, BIOKG.linkConfidence));
        assertFalse(ds.getDefaultModel().contains(null, BIOKG.linkCandidate));
    }

    @Test
    void factsJsonShowsTheLinks() {
        CliRunner r = CliRunner.run("facts", "--quiet", "--json", "--link", "--wikidict", dict.toString(),
                "--cache-dir", TestPipelines.CACHE.toString(), text.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"subjectLink\":\"Mara_Velinska\""), r.out());
        CliRunner plain = CliRunner.run("facts", "--quiet", "--json", "--cache-dir", TestPipelines.CACHE.toString(),
                text.toString());
        assertFalse(plain.out().contains("subjectLink"), plain.out());
    }

    @Test
    void aLinkThresholdOutsideZeroToOneIsAUsageError() {
        CliRunner r = build(tmp.resolve("bad"), "--link", "--link-threshold", "1.5");
        assertEquals(BiokgException.USAGE, r.code());
        assertTrue(r.err().contains("--link-threshold must be between 0 and 1"), r.err());
    }

    @Test
    void aMissingDictionaryIsBadInput() {
        CliRunner r = build(tmp.resolve("missing"), "--link", "--wikidict", tmp.resolve("nope.tab").toString());
        assertEquals(BiokgException.BAD_INPUT, r.code());
        assertTrue(r.err().contains("nope.tab: no such dictionary file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
