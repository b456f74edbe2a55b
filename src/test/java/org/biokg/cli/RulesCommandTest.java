package org.biokg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code biokg rules}: the rule ids, and {@code --stats} on a made-up one-document gold corpus. */
class RulesCommandTest {
    @TempDir
    Path tmp;

    @Test
    void listsTheRulesOfTheRuleFiles() {
        CliRunner r = CliRunner.run("rules");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch("alliedWith/ally-noun"::equals), r.out());
        assertTrue(r.out().lines().allMatch(l -> l.matches("[a-zA-Z]+/[a-z0-9-]+")), r.out());
    }

    @Test
    void theMeasuredPartIsNeverReadForRules() {
        CliRunner r = CliRunner.run("rules", "--stats", "--part", "measured", "--gold", tmp.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("development part only"), r.err());
        assertEquals(1, CliRunner.run("rules", "--stats").code());
        assertEquals(1, CliRunner.run("rules", "--gold", tmp.toString()).code());
    }

    @Test
    void statsPerRuleOnAGoldCorpus() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path doc = corpus.resolve("ann");
        Files.createDirectories(doc);
        String text = "Ann Roe (1901–1980) was a Ruritanian politician. In 1950 Ann Roe joined the Blue Party.";
        Files.writeString(doc.resolve("text.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(doc.resolve("facts.tsv"), "id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence\n"
                + "A1\tmemberOf\tAnn Roe\tBlue Party\t1950\t\t49\tIn 1950 Ann Roe joined the Blue Party\n", StandardCharsets.UTF_8);
        Files.writeString(doc.resolve("entities.tsv"), "canonical_name\ttype\taliases\nAnn Roe\tPerson\tAnn Roe\n"
                + "Blue Party\tOrganization\tBlue Party\n", StandardCharsets.UTF_8);
        CliRunner r = CliRunner.run("rules", "--stats", "-q", "--gold", corpus.toString());
        assertEquals(0, r.code(), r.err());
        // the document is named by its folder ("ann"), not by its file (every one is a text.txt)
        assertTrue(r.out().lines().anyMatch(l -> l.matches("memberOf/joined\\s+1\\s+1\\s+1\\s+1\\s+0\\s+1\\.00")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("alliedWith/ally-noun\\s+0\\s+0\\s+0\\s+0\\s+0\\s+-")), r.out());
        assertTrue(r.out().contains(" fired on no sentence"), r.out());
    }
}
