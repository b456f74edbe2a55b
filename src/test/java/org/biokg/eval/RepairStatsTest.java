package org.biokg.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepairStatsTest {
    private static ScoredPrediction scored(String rule, Outcome outcome) {
        return new ScoredPrediction(new Prediction("memberOf", "Ann Roe", "Blue Party", null, null, 0.9, "a", 0, 10, rule),
                outcome, null, null, null);
    }

    @Test
    void theRuleColumnIsTheRuleThenItsRepairs() {
        assertEquals("heldOffice/became", RepairStats.ruleOf("heldOffice/became+restore-glued-subjects+resolve-its"));
        assertEquals("heldOffice/became", RepairStats.ruleOf("heldOffice/became"));
        assertEquals(List.of("restore-glued-subjects", "resolve-its"),
                RepairStats.repairsOf("heldOffice/became+restore-glued-subjects+resolve-its"));
        assertEquals(List.of(), RepairStats.repairsOf("heldOffice/became"));
    }

    /** Evidence per repair, right and wrong; the changed sentences are not counted when no parse was read. */
    @Test
    void countsTheEvidenceNamingEachRepair() {
        RepairStats s = new RepairStats(List.of("restore-glued-subjects", "resolve-its", "resolve-plural-pronouns"));
        s.addEvidence(scored("memberOf/joined+restore-glued-subjects+resolve-its", Outcome.TRUE_POSITIVE));
        s.addEvidence(scored("memberOf/joined+resolve-its", Outcome.FALSE_POSITIVE));
        s.addEvidence(scored("memberOf/joined", Outcome.TRUE_POSITIVE));

        assertEquals(List.of(new RepairStats.Row("restore-glued-subjects", -1, -1, 1, 1, 0),
                new RepairStats.Row("resolve-its", -1, -1, 2, 1, 1),
                new RepairStats.Row("resolve-plural-pronouns", -1, -1, 0, 0, 0)), s.rows());
        String report = s.report();
        assertTrue(report.lines().anyMatch(l -> l.startsWith("resolve-its") && l.contains(" - ")), report);
        assertTrue(report.contains("counted with --gold only"), report);
    }
}
