package org.biokg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.shared.PrefixMapping;
import org.biokg.fixtures.MadeUpBiography;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Result tables fit the terminal: the widest columns give way, cut cells end in an ellipsis. */
class ResultTableTest {
    private static final Dataset DATA = MadeUpBiography.dataset();

    private static List<String> table(String query, int width) {
        StringWriter out = new StringWriter();
        try (QueryExecution qe = QueryExecutionFactory.create(NamedQueries.find(query).orElseThrow().text(), DATA)) {
            ResultTable.write(out, qe.execSelect(), DisplayPrefixes.with(PrefixMapping.Factory.create()), width);
        }
        return out.toString().lines().toList();
    }

    @Test
    void linesFitTheWidthAndCutCellsSaySo() {
        List<String> wide = table("allies", Integer.MAX_VALUE);
        assertTrue(wide.stream().anyMatch(l -> l.contains("\"In October 1917 Kessel sided with Tomas Brenn.\"")), wide.toString());
        assertTrue(wide.get(0).length() > 80, wide.toString());

        List<String> narrow = table("allies", 80);
        assertTrue(narrow.stream().allMatch(l -> l.length() <= 80), narrow.toString());
        assertTrue(narrow.stream().anyMatch(l -> l.contains("| \"Tomas Brenn\" | \"1917-10\" |")), narrow.toString());
        // the widest cells give way, and a cut cell ends in an ellipsis
        assertTrue(narrow.stream().anyMatch(l -> l.matches(".*\\| \"In October 19[^|]*… \\|.*")), narrow.toString());
        assertEquals(wide.size(), narrow.size(), "one line a row: cut, not wrapped");
    }

    @Test
    void narrowColumnsKeepTheirWidthAndNoneShrinksBelowTheMinimum() {
        assertArrayEquals(new int[]{4, 20, 20}, ResultTable.fit(new int[]{4, 30, 100}, 1 + 7 + 23 + 23));
        assertArrayEquals(new int[]{4, 8, 8}, ResultTable.fit(new int[]{4, 30, 100}, 10));
        assertEquals("Leon Tr…", ResultTable.cut("Leon Trotsky", 8));
        assertEquals("Leon", ResultTable.cut("Leon", 8));
    }
}
