package org.biokg.cli;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code biokg eval --gold CORPUS}: a made-up two-document corpus scored from saved facts (no model needed). */
class CorpusEvalCommandTest {
    private static final String FACT_HEADER = "id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence\n";
    private static final String ENTITY_HEADER = "canonical_name\ttype\taliases\n";
    private static final String TSV_HEADER = "relation\tsubject\tobject\tstart\tend\tconfidence\tdocument\tsentence_start\tsentence_end\trule\n";

    @TempDir
    Path tmp;
    Path corpus;
    Path facts;

    @BeforeEach
    void corpus() throws IOException {
        corpus = tmp.resolve("corpus");
        facts = tmp.resolve("facts");
        Files.createDirectories(facts);
        String ann = "Ann Roe joined the Blue Party in 1950. She was an ally of Bob Lee. Roe was Mayor of Eston.";
        doc("ann", ann,
                "A1\tmemberOf\tAnn Roe\tBlue Party\t1950\t\t0\tAnn Roe joined the Blue Party in 1950\n"
                        + "A2\talliedWith\tAnn Roe\tBob Lee\t\t\t39\tShe was an ally of Bob Lee\n"
                        + "A3\theldOffice\tAnn Roe\tMayor of Eston\t\t\t67\tRoe was Mayor of Eston\n",
                "Ann Roe\tPerson\tAnn Roe | Roe\nBlue Party\tOrganization\tBlue Party\nBob Lee\tPerson\tBob Lee\n"
                        + "Mayor of Eston\tOffice\tMayor of Eston\n");
        // ann's saved facts: two right (one with the right date), one wrong
        Files.writeString(facts.resolve("ann.tsv"), TSV_HEADER
                + "memberOf\tAnn Roe\tBlue Party\t1950\t\t0.9\tann\t0\t38\tmemberOf/joined\n"
                + "alliedWith\tAnn Roe\tBob Lee\t\t\t0.9\tann\t39\t66\talliedWith/ally-of\n"
                + "opposed\tAnn Roe\tBob Lee\t\t\t0.9\tann\t39\t66\topposed/x\n", StandardCharsets.UTF_8);
        String cy = "Cy Dunn was born in Wexley. He founded the Dunn Works.";
        doc("cy", cy,
                "C1\tbornIn\tCy Dunn\tWexley\t\t\t0\tCy Dunn was born in Wexley\n"
                        + "C2\tfounded\tCy Dunn\tDunn Works\t\t\t28\tHe founded the Dunn Works\n",
                "Cy Dunn\tPerson\tCy Dunn\nWexley\tPlace\tWexley\nDunn Works\tOrganization\tDunn Works\n");
        Files.writeString(facts.resolve("cy.tsv"), TSV_HEADER
                + "bornIn\tCy Dunn\tWexley\t\t\t0.9\tcy\t0\t27\tbornIn/born-in\n"
                + "diedIn\tCy Dunn\tWexley\t\t\t0.9\tcy\t28\t53\tdiedIn/x\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("split.tsv"), "document\tpart\nann\tdevelopment\ncy\tmeasured\n");
    }

    private void doc(String id, String text, String facts, String entities) throws IOException {
        Path d = corpus.resolve(id);
        Files.createDirectories(d);
        Files.writeString(d.resolve("text.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("facts.tsv"), FACT_HEADER + facts, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("entities.tsv"), ENTITY_HEADER + entities, StandardCharsets.UTF_8);
    }

    @Test
    void scoresEachDocumentAndAddsThemUp() {
        CliRunner r = CliRunner.run("eval", "-q", "--gold", corpus.toString(), "--facts", facts.toString());
        assertEquals(0, r.code(), r.err());
        // ann: 2 TP of 3 gold, 1 FP; cy: 1 TP of 2 gold, 1 FP
        assertTrue(r.out().matches("(?s).*\\bann\\s+development\\s+3\\s+3\\s+2\\s+1\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+1/1.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\bcy\\s+measured\\s+2\\s+2\\s+1\\s+1\\s+0\\.500\\s+0\\.500\\s+0\\.500.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\bmicro\\s+5\\s+5\\s+3\\s+2\\s+0\\s+0\\s+0\\.600\\s+0\\.600\\s+0\\.600\\s+1/1.*"), r.out());
        assertTrue(r.out().contains("unmeasured (< 10 gold)"), r.out());
        // relations in the order of the Relation enum, whatever order the documents give them
        assertTrue(r.out().indexOf("alliedWith") < r.out().indexOf("bornIn"), r.out());
        assertTrue(r.out().contains("macro over 2 documents:       P 0.583 R 0.583 F1 0.583"), r.out());
    }

    @Test
    void errorsAreListedForTheDevelopmentPartOnly() {
        CliRunner r = CliRunner.run("eval", "-q", "--gold", corpus.toString(), "--facts", facts.toString(), "--errors");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("== ann"), r.out());
        assertTrue(r.out().contains("MISS A3"), r.out());
        assertFalse(r.out().contains("== cy"), r.out());
        assertFalse(r.out().contains("MISS C2"), r.out());
        assertTrue(r.out().contains("the errors of 1 measured documents are not shown"), r.out());
    }

    @Test
    void onePartAndJson() {
        CliRunner r = CliRunner.run("eval", "-q", "--gold", corpus.toString(), "--facts", facts.toString(),
                "--part", "measured", "--json", "-");
        assertEquals(0, r.code(), r.err());
        JsonObject o = JSON.parse(r.out());
        assertEquals(1, o.get("documents").getAsArray().size());
        assertEquals(2, o.getObj("micro").get("gold").getAsNumber().value().intValue());
        assertFalse(o.getObj("relations").getObj("bornIn").get("measured").getAsBoolean().value());
    }

    @Test
    void badCorpusInputIsOneLineAndTheRightExitCode() throws IOException {
        assertEquals(1, CliRunner.run("eval", "-q", "--gold", corpus.toString(), "--facts", facts.toString(),
                "--part", "secret").code());
        Files.delete(facts.resolve("cy.tsv"));
        CliRunner missing = CliRunner.run("eval", "-q", "--gold", corpus.toString(), "--facts", facts.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("missing cy.tsv"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        Files.writeString(corpus.resolve("split.tsv"), "document\tpart\nann\tdevelopment\n");
        CliRunner unsplit = CliRunner.run("eval", "-q", "--gold", corpus.toString(), "--facts", facts.toString());
        assertEquals(2, unsplit.code());
        assertTrue(unsplit.err().contains("document 'cy' is in no part"), unsplit.err());
    }
}
