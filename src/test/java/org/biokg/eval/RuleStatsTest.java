package org.biokg.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleStatsTest {
    private static ScoredPrediction scored(String rule, String doc, int sentence, Outcome outcome) {
        return new ScoredPrediction(new Prediction("memberOf", "Ann Roe", "Blue Party", null, null, 0.9, doc,
                sentence, sentence + 10, rule), outcome, null, null, null);
    }

    @Test
    void countsSentencesDocumentsAndWhatWasRightPerRule() {
        RuleStats s = RuleStats.scored(List.of("memberOf/joined", "memberOf/never"), List.of(
                scored("memberOf/joined", "a", 0, Outcome.TRUE_POSITIVE),
                scored("memberOf/joined", "a", 0, Outcome.DUPLICATE),
                scored("memberOf/joined", "b", 40, Outcome.FALSE_POSITIVE),
                scored("memberOf/java-rule", "b", 80, Outcome.IGNORED)));
        RuleStats.Row joined = s.rows().stream().filter(r -> r.rule().equals("memberOf/joined")).findFirst().orElseThrow();
        assertEquals(new RuleStats.Row("memberOf/joined", 3, 2, 2, 2, 1), joined);
        assertEquals(2.0 / 3, joined.precision(), 1e-9);
        RuleStats.Row never = s.rows().stream().filter(r -> r.rule().equals("memberOf/never")).findFirst().orElseThrow();
        assertEquals(0, never.sentences());
        assertTrue(Double.isNaN(never.precision()));
        // a rule written in Java, known only from the evidence, gets its row too
        assertTrue(s.rows().stream().anyMatch(r -> r.rule().equals("memberOf/java-rule") && r.sentences() == 1));
        String report = s.report();
        assertTrue(report.contains("3 rules: 1 fired on no sentence, 1 on one sentence only, 1 on one document only"), report);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("memberOf/joined") && l.endsWith("0.67")), report);
    }

    /** Evidence that names parse repairs after its rule counts under the rule. */
    @Test
    void aRuleMatchedOverRepairedEdgesCountsUnderTheRule() {
        RuleStats s = RuleStats.scored(List.of("memberOf/joined"), List.of(
                scored("memberOf/joined", "a", 0, Outcome.TRUE_POSITIVE),
                scored("memberOf/joined+restore-glued-subjects", "b", 40, Outcome.TRUE_POSITIVE)));
        assertEquals(List.of(new RuleStats.Row("memberOf/joined", 2, 2, 2, 2, 0)), s.rows());
    }
}
