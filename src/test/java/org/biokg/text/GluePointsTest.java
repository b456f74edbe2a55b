package org.biokg.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The glue points of made-up flattened text: what ran together, and what only looks as if it had. */
class GluePointsTest {
    private static List<String> glue(String text) {
        return GluePoints.find(text).stream().map(g -> g.kind() + "@" + g.at()).toList();
    }

    @Test
    void aWordRunningIntoTheNextIsGlue() {
        assertEquals(List.of("LOWER_UPPER@15"), glue("Ann studied lawIn 1901 she moved."));
        assertEquals(List.of("PAREN_UPPER@22"), glue("Early life (1879–1896)Karel was born."));
    }

    @Test
    void aSentenceRunningIntoTheNextIsGlue() {
        assertEquals(List.of("SENTENCE@22"), glue("He joined the Council.After the war he left."));
    }

    @Test
    void aCapitalInsideANameIsNot() {
        assertEquals(List.of(), glue("the McCarthy era and the DeWitt case"));
    }
}
