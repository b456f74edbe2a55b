package org.biokg.eval;

import org.biokg.BiokgException;
import org.biokg.extract.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldSetTest {
    private static final String FACTS_HEADER = "id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence\n";
    private static final String ENTITIES = "canonical_name\ttype\taliases\n"
            + "Ada Marlowe\tPerson\tAda Marlowe | Marlowe\n"
            + "Lantern Society\tOrganization\tLantern Society\n";

    @TempDir
    Path dir;

    private Path folder(String facts, String entities, String scope) throws IOException {
        if (facts != null) {
            Files.writeString(dir.resolve("facts.tsv"), facts);
        }
        if (entities != null) {
            Files.writeString(dir.resolve("entities.tsv"), entities);
        }
        if (scope != null) {
            Files.writeString(dir.resolve("SCOPE"), scope);
        }
        return dir;
    }

    private BiokgException bad(String facts, String entities, String scope) throws IOException {
        Path d = folder(facts, entities, scope);
        BiokgException e = assertThrows(BiokgException.class, () -> GoldSet.load(d));
        assertEquals(BiokgException.BAD_INPUT, e.exitCode());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @Test
    void loadsAFolder() throws IOException {
        GoldSet g = GoldSet.load(folder(FACTS_HEADER
                + "F1\tmemberOf\tAda Marlowe\tLantern Society\t1871\t\t5\tjoined the Lantern Society\n",
                ENTITIES, "0 100\n"));
        assertEquals(new Scope(0, 100), g.scope());
        GoldFact f = g.facts().get(0);
        assertEquals(Relation.MEMBER_OF, f.relation());
        assertEquals("1871", f.start());
        assertEquals(null, f.end());
        assertEquals(List.of(new GoldEvidence(5, "joined the Lantern Society")), f.evidence());
        assertTrue(g.names("the marlowe", "Ada Marlowe"));
        assertFalse(g.names("Ada", "Ada Marlowe"));
        // A name missing from entities.tsv stands for itself.
        assertTrue(g.names("The Granary", "Granary"));
    }

    @Test
    void linesSharingAnIdAreOneFactWithSeveralEvidence() throws IOException {
        GoldSet g = GoldSet.load(folder(FACTS_HEADER
                + "F1\tmemberOf\tAda Marlowe\tLantern Society\t\t\t5\tjoined\n"
                + "F1\tmemberOf\tAda Marlowe\tLantern Society\t\t\t500\tremembered her\n",
                ENTITIES, "0 100"));
        assertEquals(1, g.facts().size());
        assertEquals(2, g.facts().get(0).evidence().size());
        assertTrue(g.facts().get(0).inScope(g.scope()));
    }

    @Test
    void loadsFromTheClasspath() {
        GoldSet g = GoldSet.fromClasspath("eval/small-gold");
        assertEquals(15, g.facts().size());
        assertEquals(9, g.entities().size());
        BiokgException e = assertThrows(BiokgException.class, () -> GoldSet.fromClasspath("no/such/gold"));
        assertTrue(e.getMessage().contains("not on the classpath"), e.getMessage());
    }

    @Test
    void missingFolderOrFileIsBadInput() throws IOException {
        BiokgException e = assertThrows(BiokgException.class, () -> GoldSet.load(dir.resolve("nope")));
        assertTrue(e.getMessage().startsWith("gold folder not found"), e.getMessage());
        assertTrue(bad(FACTS_HEADER, ENTITIES, null).getMessage().endsWith("missing SCOPE"));
        Files.delete(dir.resolve("entities.tsv"));
        assertTrue(bad(FACTS_HEADER, null, "0 1").getMessage().endsWith("missing entities.tsv"));
        Files.delete(dir.resolve("facts.tsv"));
        assertTrue(bad(null, ENTITIES, "0 1").getMessage().endsWith("missing facts.tsv"));
    }

    @Test
    void malformedScopeIsBadInput() throws IOException {
        for (String scope : List.of("", "100", "0 x", "10 5", "-1 5", "0 5 9")) {
            String msg = bad(FACTS_HEADER, ENTITIES, scope).getMessage();
            assertTrue(msg.contains("SCOPE: expected two offsets"), msg);
        }
    }

    @Test
    void wrongHeadersAreBadInput() throws IOException {
        String msg = bad("id\trelation\tsubject\tobject\n", ENTITIES, "0 1").getMessage();
        assertTrue(msg.contains("facts.tsv: line 1: wrong header"), msg);
        msg = bad(FACTS_HEADER, "name\ttype\taliases\n", "0 1").getMessage();
        assertTrue(msg.contains("entities.tsv: line 1: wrong header"), msg);
        msg = bad("", ENTITIES, "0 1").getMessage();
        assertTrue(msg.contains("facts.tsv: empty"), msg);
    }

    @Test
    void malformedLinesAreBadInputNamingTheLine() throws IOException {
        String[][] cases = {
                {"F1\tmemberOf\tA\tB\t\t\t5\n", "line 2: 7 fields, expected 8"},
                {"F1\tfriendOf\tA\tB\t\t\t5\tx\n", "line 2: unknown relation 'friendOf'"},
                {"F1\tmemberOf\tA\tB\t\t\tfive\tx\n", "line 2: offset is not a character offset"},
                {"F1\tmemberOf\tA\tB\t1871-1\t\t5\tx\n", "line 2: start is not an ISO date"},
                {"F1\tbirthDate\tA\tMay 1850\t\t\t5\tx\n", "birthDate object is not an ISO date"},
                {"F1\tmemberOf\t\tB\t\t\t5\tx\n", "line 2: empty subject"},
                {"F1\tmemberOf\tA\tB\t\t\t5\tx\nF1\tmemberOf\tA\tC\t\t\t9\ty\n", "line 3: fact F1 differs"},
        };
        for (String[] c : cases) {
            String msg = bad(FACTS_HEADER + c[0], ENTITIES, "0 10").getMessage();
            assertTrue(msg.contains(c[1]), msg);
        }
        String msg = bad(FACTS_HEADER, ENTITIES + "X\tWizard\tX\n", "0 10").getMessage();
        assertTrue(msg.contains("entities.tsv: line 4: unknown entity type 'Wizard'"), msg);
    }
}
