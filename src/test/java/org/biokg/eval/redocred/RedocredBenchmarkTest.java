package org.biokg.eval.redocred;

import org.biokg.BiokgException;
import org.biokg.eval.Prediction;
import org.biokg.eval.Score;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedocredBenchmarkTest {
    private final WikidataAlignment alignment = RedocredFixtures.alignment();
    private final RedocredBenchmark bench = new RedocredBenchmark(alignment);
    private final RedocredDocument mini = RedocredFixtures.mini();

    private RedocredResult score(Prediction... preds) {
        return bench.score(Map.of(mini, List.of(preds)));
    }

    private static Prediction p(String relation, String subject, String object) {
        return Prediction.of(relation, subject, object, 0, 10);
    }

    @Test
    void aDocumentsOwnLabelsScorePerfectly() {
        RedocredResult r = bench.run(List.of(mini), text -> RedocredFixtures.labelsAsPredictions(mini, alignment));
        for (String property : List.of("P19", "P20", "P25", "P26", "P40", "P102", "P112", "P463", "P569", "P570", "P3373")) {
            Score s = r.score(property);
            assertEquals(1, s.gold(), property);
            assertEquals(1.0, s.precision(), property);
            assertEquals(1.0, s.recall(), property);
        }
        assertEquals(0, r.score("P22").gold());
        assertEquals(11, r.totals().gold());
        assertEquals(1.0, r.totals().f1());
        assertTrue(r.misses().isEmpty());
        assertTrue(r.falsePositives().isEmpty());
    }

    @Test
    void theBenchmarksOwnLabelsScorePerfectlyForEveryAlignedProperty() {
        List<RedocredDocument> docs = RedocredFixtures.PERSONS;
        RedocredResult r = bench.runDocuments(docs, d -> RedocredFixtures.labelsAsPredictions(d, alignment));
        int properties = 0;
        for (Score s : r.byProperty().values()) {
            if (s.gold() > 0) {
                properties++;
                assertEquals(1.0, s.precision(), s.key());
                assertEquals(1.0, s.recall(), s.key());
            }
        }
        assertEquals(13, properties);
        assertTrue(r.score("P569").gold() > 50, "P569 " + r.score("P569"));
        assertTrue(r.score("P40").gold() > 50, "P40 " + r.score("P40"));
        assertEquals(0, r.totals().falsePositives());
        assertEquals(1.0, r.totals().recall());
    }

    @Test
    void namesAreComparedWithoutCaseOrPunctuationAgainstAnyMention() {
        RedocredResult r = score(
                p("parentOf", "TOLLAND", "Pieter Vell"),                    // P40 and, from the child, P25
                p("founded", "Mira Jane Tolland", "Kesby Poets' Circle"),   // P112(circle, Mira): inverse
                p("memberOf", "Pieter Vell", "AL"),                         // P102 and P463 both
                p("diedIn", "Lotte Tolland", "Ruswick"),
                p("bornIn", "Mira Tolland", "Kesby"));                      // not a mention name
        assertEquals(1, r.score("P40").truePositives());
        assertEquals(1, r.score("P25").truePositives());
        assertEquals(1, r.score("P112").truePositives());
        assertEquals(1, r.score("P102").truePositives());
        assertEquals(1, r.score("P463").truePositives());
        assertEquals(1, r.score("P20").truePositives());
        assertEquals(1, r.score("P19").falsePositives());
        assertEquals(4, r.totals().correct());
        assertEquals(6, r.totals().goldMatched());
        assertEquals(1, r.falsePositives().size());
        assertEquals("P19", r.falsePositives().get(0).property());
    }

    @Test
    void directionMattersExceptForSymmetricProperties() {
        RedocredResult r = score(p("parentOf", "Pieter Vell", "Tolland"), p("spouse", "Arno Vell", "Tolland"),
                p("siblingOf", "Lotte Tolland", "Mira Jane Tolland"), p("founded", "Kesby Poets ' Circle", "Tolland"));
        // A wrong parentOf is charged to P40 only, not to father and mother as well.
        assertEquals(new Score("P40", 1, 1, 0, 1, 0, 0), r.score("P40"));
        assertEquals(0, r.score("P22").falsePositives());
        assertEquals(0, r.score("P25").falsePositives());
        assertEquals(1, r.score("P26").truePositives());
        assertEquals(1, r.score("P26").gold(), "both directions of a spouse label are one pair");
        assertEquals(1, r.score("P3373").truePositives());
        assertEquals(1, r.score("P112").falsePositives());
    }

    @Test
    void datesMatchTimeEntitiesByYearAndAgreeingDetail() {
        RedocredResult r = score(p("birthDate", "Tolland", "1901-03-03"), p("deathDate", "Tolland", "1977"));
        assertEquals(1, r.score("P569").truePositives());
        assertEquals(1, r.score("P570").truePositives());
        r = score(p("birthDate", "Tolland", "1901-04"), p("deathDate", "Tolland", "1978-06-05"));
        assertEquals(1, r.score("P569").falsePositives());
        assertEquals(1, r.score("P570").falsePositives());
    }

    @Test
    void duplicatesFalsePositivesAndUnalignedRelations() {
        RedocredResult r = score(p("spouse", "Tolland", "Arno Vell"), p("spouse", "Arno Vell", "Mira Jane Tolland"),
                p("memberOf", "Pieter Vell", "Nordland"), p("alliedWith", "Tolland", "Arno Vell"));
        assertEquals(new Score("P26", 1, 2, 1, 0, 1, 0), r.score("P26"));
        // A wrong memberOf is wrong for both properties it is aligned to.
        assertEquals(1, r.score("P102").falsePositives());
        assertEquals(1, r.score("P463").falsePositives());
        RedocredTotals t = r.totals();
        assertEquals(3, t.predicted());
        assertEquals(1, t.correct());
        assertEquals(1, t.falsePositives());
        assertEquals(1, t.duplicates());
        assertEquals(1, t.unaligned());
        assertEquals(0.5, t.precision());
        assertEquals(1.0 / 11, t.recall(), 1e-9);
        assertEquals(10, r.misses().size());
        String table = RedocredReport.table(r);
        assertTrue(table.lines().anyMatch(l -> l.matches("P26\\s+1\\s+2\\s+1\\s+0\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000")), table);
        assertTrue(RedocredReport.errors(r).contains("FP   [Mira Tolland] memberOf(Pieter Vell, Nordland) -> P102"),
                RedocredReport.errors(r));
    }

    @Test
    void missesShowTheirEvidenceSentence() {
        RedocredResult r = score();
        RedocredError miss = r.misses().stream().filter(e -> e.property().equals("P20")).findFirst().orElseThrow();
        assertEquals("Lotte Tolland", miss.subject());
        assertEquals("Ruswick", miss.object());
        assertEquals("Her sister Lotte Tolland died in Ruswick.", miss.sentence());
    }

    @Test
    void malformedBenchmarkFilesAreBadInput() {
        String[][] cases = {
                {"{\"title\": 1", "not JSON"},
                {"{}", "expected a JSON array"},
                {"[{\"title\": \"x\"}]", "document 0: not in Re-DocRED format"},
                {"[{\"title\": \"x\", \"sents\": [[\"a\"]], \"vertexSet\": [[{\"name\": \"a\", \"sent_id\": 0, \"pos\": [0, 2], \"type\": \"PER\"}]], \"labels\": []}]",
                        "outside its sentence"},
        };
        for (String[] c : cases) {
            BiokgException e = assertThrows(BiokgException.class, () -> RedocredLoader.load(
                    new ByteArrayInputStream(c[0].getBytes(StandardCharsets.UTF_8)), "x.json"));
            assertTrue(e.getMessage().startsWith("x.json: ") && e.getMessage().contains(c[1]), e.getMessage());
        }
    }
}
