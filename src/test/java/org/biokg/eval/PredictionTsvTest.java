package org.biokg.eval;

import org.biokg.BiokgException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictionTsvTest {
    private static final String HEADER =
            "relation\tsubject\tobject\tstart\tend\tconfidence\tdocument\tsentence_start\tsentence_end\trule\n";

    private static List<Prediction> read(String tsv) {
        return PredictionTsv.read(new StringReader(tsv), "facts.tsv");
    }

    private static String bad(String tsv) {
        BiokgException e = assertThrows(BiokgException.class, () -> read(tsv));
        assertEquals(BiokgException.BAD_INPUT, e.exitCode());
        assertFalse(e.getMessage().contains("\n"));
        return e.getMessage();
    }

    @Test
    void readsTheContract() {
        List<Prediction> ps = read(HEADER
                + "heldOffice\tAda Marlowe\tWarden of the Granary\t1880\t1884-06-02\t0.9\tbio\t265\t370\theldOffice/elected\n"
                + "birthDate\tAda Marlowe\t1850-05-03\t\t\t0.75\tbio\t0\t67\tbirthDate/infobox\n");
        assertEquals(2, ps.size());
        assertEquals(new Prediction("heldOffice", "Ada Marlowe", "Warden of the Granary", "1880", "1884-06-02",
                0.9, "bio", 265, 370, "heldOffice/elected"), ps.get(0));
        assertNull(ps.get(1).start());
        assertNull(ps.get(1).end());
        assertEquals("1850-05-03", ps.get(1).object());
    }

    @Test
    void toleratesCrlfBomAndBlankLines() {
        List<Prediction> ps = read("\uFEFF" + HEADER.replace("\n", "\r\n")
                + "spouse\tA\tB\t\t\t1\td\t0\t5\tr\r\n\r\n");
        assertEquals(1, ps.size());
        assertEquals("r", ps.get(0).rule());
    }

    @Test
    void writeThenReadGivesTheSamePredictions() {
        List<Prediction> ps = List.of(
                new Prediction("memberOf", "Ada", "Lantern Society", "1871", null, 0.5, "bio", 3, 9, "memberOf/joined"),
                new Prediction("deathDate", "Ada", "1902", null, null, 1.0, "bio", 10, 40, "deathDate/died"));
        StringWriter w = new StringWriter();
        PredictionTsv.write(ps, w);
        assertTrue(w.toString().startsWith(HEADER));
        assertEquals(ps, read(w.toString()));
    }

    @Test
    void malformedInputIsBadInputNamingTheLine() {
        assertTrue(bad("").contains("empty"));
        assertTrue(bad("relation\tsubject\tobject\n").contains("line 1: wrong header"));
        String[][] cases = {
                {"spouse\tA\tB\t\t\t1\td\t0\t5\n", "line 2: 9 fields, expected 10"},
                {"friendOf\tA\tB\t\t\t1\td\t0\t5\tr\n", "line 2: unknown relation 'friendOf'"},
                {"spouse\t \tB\t\t\t1\td\t0\t5\tr\n", "line 2: empty subject"},
                {"spouse\tA\tB\t\t\thigh\td\t0\t5\tr\n", "line 2: confidence is not a number"},
                {"spouse\tA\tB\t\t\t1.5\td\t0\t5\tr\n", "line 2: confidence outside [0,1]"},
                {"spouse\tA\tB\t\t\t1\td\t-3\t5\tr\n", "line 2: sentence_start is not an offset"},
                {"spouse\tA\tB\t\t\t1\td\t9\t5\tr\n", "line 2: sentence_end 5 before sentence_start 9"},
                {"spouse\tA\tB\t1875/06\t\t1\td\t0\t5\tr\n", "line 2: start is not an ISO date"},
                {"birthDate\tA\tthird of May\t\t\t1\td\t0\t5\tr\n", "line 2: object is not an ISO date"},
        };
        for (String[] c : cases) {
            String msg = bad(HEADER + c[0]);
            assertTrue(msg.startsWith("facts.tsv: ") && msg.contains(c[1]), msg);
        }
        String msg = bad(HEADER + "spouse\tA\tB\t\t\t1\td\t0\t5\tr\n\nspouse\tA\tB\n");
        assertTrue(msg.contains("line 4:"), msg);
    }

    @Test
    void missingFileIsBadInput() {
        BiokgException e = assertThrows(BiokgException.class,
                () -> PredictionTsv.read(java.nio.file.Path.of("no/such/facts.tsv")));
        assertEquals("no such file: no/such/facts.tsv", e.getMessage());
    }
}
