package org.biokg.extract;

import org.biokg.TestPipelines;
import org.biokg.eval.Prediction;
import org.biokg.eval.Predictions;
import org.biokg.eval.RepairStats;
import org.biokg.extract.pipeline.BiographyReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the whole pipeline (the shared CoreNLP one): a fact read over an edge a parse repair added names the
 * repair after its rule in the TSV's rule column; a fact read over the parser's own edges names none.
 */
class RepairEvidenceTest {
    private static final String BIOGRAPHY = String.join(" ",
            "Clara Wendt (1860–1930) was a German organizer.",
            "In 1885 Wendt joined the Weavers League, a craft union in Bremen, and became one of its leaders.",
            "Paul Roth and Erich Weiss won the vote with their support for Wendt's proposal.",
            "Wendt was expelled from the Tanners Guild in 1890.");

    private static BiographyReader.Reading reading;
    private static List<Prediction> rows;

    @BeforeAll
    static void read() {
        reading = TestPipelines.read("repair-evidence", BIOGRAPHY);
        rows = Predictions.of(reading.result());
    }

    private static Prediction row(String relation, String subject, String object) {
        return rows.stream().filter(p -> p.relation().equals(relation) && p.subject().equals(subject) && p.object().equals(object))
                .findFirst().orElseThrow(() -> new AssertionError(relation + "(" + subject + ", " + object + ") not in " + rows));
    }

    /** "their support for Wendt's proposal": "their" is Paul Roth and Erich Weiss only through resolve-plural-pronouns. */
    @Test
    void aFactReadOverARepairedEdgeNamesTheRepair() {
        String rule = row("alliedWith", "Erich Weiss", "Clara Wendt").rule();
        assertTrue(rule.endsWith("+resolve-plural-pronouns"), rule);
    }

    /**
     * "In 1885 Wendt joined the Weavers League ... and became one of its leaders": "1885 Wendt" parsed as one phrase
     * leaves "became" without its subject (restore-glued-subjects), and "its" is the League through resolve-its.
     */
    @Test
    void itsLeadersNamesBothRepairsItNeeded() {
        assertEquals("heldOffice/one-of-its-leaders+restore-glued-subjects+resolve-its",
                row("heldOffice", "Clara Wendt", "Leader of the Weavers League").rule());
    }

    /** "Wendt was expelled from the Tanners Guild in 1890", as the parser reads it: the rule alone. */
    @Test
    void aFactReadOverTheParsersOwnEdgesNamesNoRepair() {
        assertEquals("expelledFrom/expelled-from", row("expelledFrom", "Clara Wendt", "Tanners Guild").rule());
    }

    /** The repairs' log stays on each sentence: {@code rules --stats} counts the sentences each repair changed. */
    @Test
    void theSentencesEachRepairChangedAreCounted() {
        RepairStats stats = new RepairStats(org.biokg.extract.repair.ParseRepairs.defaults().ids());
        stats.addParses("repair-evidence", reading.annotated());
        RepairStats.Row its = stats.rows().stream().filter(r -> r.repair().equals("resolve-its")).findFirst().orElseThrow();
        assertEquals(1, its.sentences());
        assertEquals(1, its.documents());
        RepairStats.Row glued = stats.rows().stream().filter(r -> r.repair().equals("restore-glued-subjects")).findFirst().orElseThrow();
        assertEquals(1, glued.sentences(), "only \"In 1885 Wendt joined\" is glued");
    }
}
