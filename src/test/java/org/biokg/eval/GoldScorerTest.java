package org.biokg.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.biokg.eval.GoldFixtures.fact;
import static org.biokg.eval.GoldFixtures.pred;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring rules of the gold README, one by one, on a made-up biography. */
class GoldScorerTest {
    private final GoldSet gold = GoldFixtures.small();
    private final GoldScorer scorer = new GoldScorer(gold);

    private static Prediction p(String relation, String subject, String object, int sentenceStart) {
        return Prediction.of(relation, subject, object, sentenceStart, sentenceStart + 10);
    }

    private Outcome only(Prediction p) {
        EvalResult r = scorer.score(List.of(p));
        assertEquals(1, r.scored().size());
        return r.scored().get(0).outcome();
    }

    @Test
    void goldFactsThemselvesScorePerfectly() {
        EvalResult r = scorer.score(GoldFixtures.perfect(gold));
        for (Score s : r.byRelation().values()) {
            assertEquals(1.0, s.precision(), s.key());
            assertEquals(1.0, s.recall(), s.key());
            assertEquals(1.0, s.f1(), s.key());
        }
        assertEquals(12, r.overall().gold());
        assertEquals(12, r.overall().truePositives());
        assertEquals(new DateAccuracy(5, 5), r.dates());
        assertTrue(r.misses().isEmpty());
    }

    @Test
    void scopeFiltersPredictionsBySentenceStartAndGoldByEvidence() {
        assertEquals(new Scope(0, 515), gold.scope());
        // G13-G15 are stated only after offset 515: not gold in scope. G01 has evidence on both sides: in.
        assertEquals(12, gold.factsInScope().size());
        assertTrue(gold.factsInScope().contains(fact(gold, "G01")));
        assertFalse(gold.factsInScope().contains(fact(gold, "G13")));

        Prediction before = p("diedIn", "Ada Marlowe", "Wexley", 514);
        Prediction atHi = p("diedIn", "Ada Marlowe", "Wexley", 515);
        EvalResult r = scorer.score(List.of(before, atHi));
        assertEquals(1, r.outOfScope());
        assertEquals(1, r.scored().size());
        assertEquals(1, r.score("diedIn").predicted());
        assertEquals(0, r.score("diedIn").gold());
        // diedIn(Ada, Wexley) is a gold fact, but stated only outside the scope: ignored, not wrong.
        assertEquals(Outcome.IGNORED, r.scored().get(0).outcome());
        assertEquals(1, r.score("diedIn").ignored());
        assertEquals(0, r.score("diedIn").falsePositives());
    }

    @Test
    void labelsAreNormalisedBeforeComparison() {
        assertEquals(Outcome.TRUE_POSITIVE, only(p("memberOf", "ada  MARLOWE", "The Lantern Society.", 68)));
        assertEquals(Outcome.TRUE_POSITIVE, only(p("alliedWith", "Ada Marlowe", "Celine Dufresne", 178)));
        assertEquals(Outcome.TRUE_POSITIVE,
                only(p("heldOffice", "Ada Marlowe", "warden of the people’s granary", 265)));
        assertEquals(Outcome.FALSE_POSITIVE, only(p("memberOf", "Ada Marlowe", "Lantern", 68)));
    }

    @Test
    void aliasesNameTheirEntityAndASharedAliasNamesBoth() {
        assertEquals(Outcome.TRUE_POSITIVE, only(p("memberOf", "Ada Quill", "the Lanterns", 68)));
        assertEquals(Outcome.TRUE_POSITIVE, only(p("heldOffice", "Marlowe", "Granary Warden", 265)));
        // "Marlowe" names Ada and Bruno: it is Bruno who supported Orrin Vale.
        assertEquals(Outcome.TRUE_POSITIVE, only(p("alliedWith", "Marlowe", "Vale", 229)));
        // An alias of another entity does not name this one.
        assertEquals(Outcome.FALSE_POSITIVE, only(p("alliedWith", "Dufresne", "Vale", 229)));
    }

    @Test
    void symmetricRelationsMatchEitherDirectionOthersDoNot() {
        assertEquals(Outcome.TRUE_POSITIVE, only(p("alliedWith", "Céline Dufresne", "Ada Marlowe", 178)));
        assertEquals(Outcome.TRUE_POSITIVE, only(p("opposed", "Orrin Vale", "Ada Marlowe", 178)));
        assertEquals(Outcome.TRUE_POSITIVE, only(p("siblingOf", "Bruno Marlowe", "Ada Marlowe", 114)));
        assertEquals(Outcome.TRUE_POSITIVE, only(p("spouse", "Tomas Reyes", "Ada Marlowe", 363)));
        assertEquals(Outcome.FALSE_POSITIVE, only(p("memberOf", "Lantern Society", "Ada Marlowe", 68)));
        assertEquals(Outcome.FALSE_POSITIVE, only(p("heldOffice", "Warden of the People's Granary", "Ada Marlowe", 265)));
    }

    @Test
    void aSecondPredictionOfOneGoldFactIsADuplicateNeitherRightNorWrong() {
        Prediction first = p("spouse", "Ada Marlowe", "Tomas Reyes", 363);
        Prediction again = p("spouse", "Tomas Reyes", "Ada Marlowe", 400);
        Prediction wrong = p("spouse", "Ada Marlowe", "Orrin Vale", 400);
        EvalResult r = scorer.score(List.of(first, again, wrong));
        Score s = r.score("spouse");
        assertEquals(3, s.predicted());
        assertEquals(1, s.truePositives());
        assertEquals(1, s.duplicates());
        assertEquals(1, s.falsePositives());
        assertEquals(0.5, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(Outcome.DUPLICATE, r.scored().get(1).outcome());
        assertEquals("G09", r.scored().get(1).gold().id());
    }

    @Test
    void matchingIsMaximumWhatEverTheOrder() {
        // "Marlowe" names both members; the full name only Ada. Scored in this order, a first-come matching
        // would give Ada's fact to "Marlowe" and make the second prediction a duplicate.
        Prediction either = p("memberOf", "Marlowe", "Lantern Society", 68);
        Prediction ada = p("memberOf", "Ada Marlowe", "Lantern Society", 68);
        for (List<Prediction> order : List.of(List.of(either, ada), List.of(ada, either))) {
            Score s = scorer.score(order).score("memberOf");
            assertEquals(2, s.truePositives());
            assertEquals(0, s.duplicates());
            assertEquals(1.0, s.recall());
        }
    }

    @Test
    void aFalsePositiveAlsoReadOutsideTheScopeIsFlaggedButStillCounted() {
        // the fact is in no gold line; biokg reads it in the scope and again after it (offset 600)
        Prediction inside = p("expelledFrom", "Ada Marlowe", "Lantern Society", 300);
        Prediction outside = p("expelledFrom", "ada marlowe", "the Lantern Society", 600);
        Prediction other = p("expelledFrom", "Ada Marlowe", "Harbour Board", 300);
        EvalResult r = scorer.score(List.of(inside, outside, other));
        assertEquals(2, r.score("expelledFrom").falsePositives(), "the dev part cannot tell: still false positives");
        assertEquals(List.of(inside), r.falsePositivesAlsoReadOutside().stream().map(ScoredPrediction::prediction).toList());
        assertTrue(EvalReport.table(r).contains("1 of the false positives are facts also read outside the scope"),
                EvalReport.table(r));
        assertTrue(EvalReport.errors(r).contains("FP*  expelledFrom(Ada Marlowe, Lantern Society)"), EvalReport.errors(r));
        assertTrue(EvalReport.json(r).contains("\"falsePositivesAlsoReadOutside\" : 1"), EvalReport.json(r));
    }

    @Test
    void predictionOfAFactStatedOnlyOutsideTheScopeIsIgnored() {
        EvalResult r = scorer.score(List.of(p("expelledFrom", "Ada Marlowe", "Progressives", 300),
                p("expelledFrom", "Ada Marlowe", "Lantern Society", 300)));
        assertEquals(Outcome.IGNORED, r.scored().get(0).outcome());
        assertEquals("G13", r.scored().get(0).gold().id());
        assertEquals(Outcome.FALSE_POSITIVE, r.scored().get(1).outcome());
        Score s = r.score("expelledFrom");
        assertEquals(new Score("expelledFrom", 0, 2, 0, 1, 0, 1), s);
        assertEquals(0.0, s.precision());
    }

    @Test
    void anAnnotationOfTheRestOfTheTextLetsRule4IgnoreWhatTheDevelopmentPartCannot() {
        // another annotation of the whole text: the expulsion stated after the scope (offset 600), a fact in the
        // scope the development part lacks (offset 300), and a new entity
        String rest = String.join("\n",
                "id\trelation\tsubject\tobject\tstart\tend\toffset\tevidence",
                "R1\texpelledFrom\tAda Marlowe\tThe Lantern Society\t1880\t\t600\tshe was expelled from the Society",
                "R2\texpelledFrom\tAda Marlowe\tHarbour Board\t\t\t300\tthe Board expelled her");
        String restEntities = String.join("\n", "canonical_name\ttype\taliases",
                "The Lantern Society\tOrganization\tthe Society | Lantern Society",
                "Ada Marlowe\tPerson\tAda Marlowe | Ada Quill",
                "Harbour Board\tOrganization\tHarbour Board");
        GoldSet whole = gold.withFactsOutsideScope(GoldSet.parse(rest, restEntities, "0 1000", "rest"));
        Prediction inside = p("expelledFrom", "Ada Marlowe", "Lantern Society", 300);
        Prediction other = p("expelledFrom", "Ada Marlowe", "Harbour Board", 300);

        EvalResult r = new GoldScorer(whole).score(List.of(inside, other));

        assertEquals(Outcome.IGNORED, r.scored().get(0).outcome(), "stated only outside the scope: rule 4");
        assertEquals("R1", r.scored().get(0).gold().id());
        assertEquals(Outcome.FALSE_POSITIVE, r.scored().get(1).outcome(), "the rest's facts in the scope are not scored");
        assertEquals(gold.factsInScope(), whole.factsInScope(), "the scored gold is the development part's");
        assertTrue(whole.names("Marlowe", "Ada Marlowe"), "the development part's names stay");
        assertTrue(whole.names("the Society", "The Lantern Society"), "the rest's new entity comes with its names");
    }

    @Test
    void dateObjectsMatchWhenTheyBeginWithTheGoldDate() {
        assertEquals(Outcome.TRUE_POSITIVE, only(p("birthDate", "Ada Marlowe", "1850-05-03", 0)));
        assertEquals(Outcome.TRUE_POSITIVE, only(p("birthDate", "Bruno Marlowe", "1848-02-11", 114)));
        assertEquals(Outcome.TRUE_POSITIVE, only(p("birthDate", "Bruno Marlowe", "1848", 114)));
        // Less precise than the gold, or another day: wrong.
        assertEquals(Outcome.FALSE_POSITIVE, only(p("birthDate", "Ada Marlowe", "1850", 0)));
        assertEquals(Outcome.FALSE_POSITIVE, only(p("birthDate", "Ada Marlowe", "1850-05-04", 0)));
        assertEquals(Outcome.FALSE_POSITIVE, only(p("birthDate", "Ada Marlowe", "1848", 0)));
    }

    @Test
    void dateAccuracyCountsMatchedFactsWhoseGoldIsDated() {
        Prediction exact = pred(gold, "G07");
        Prediction morePrecise = exact.withDates("1880-03", "1884-06-02");
        Prediction lessPrecise = exact.withDates("1880", "1884");
        Prediction noEnd = exact.withDates("1880", null);
        Prediction undatedGold = pred(gold, "G03").withDates("1850", null);
        assertEquals(Boolean.TRUE, scorer.score(List.of(exact)).scored().get(0).datesCorrect());
        assertEquals(Boolean.TRUE, scorer.score(List.of(morePrecise)).scored().get(0).datesCorrect());
        assertEquals(Boolean.FALSE, scorer.score(List.of(lessPrecise)).scored().get(0).datesCorrect());
        assertEquals(Boolean.FALSE, scorer.score(List.of(noEnd)).scored().get(0).datesCorrect());
        assertNull(scorer.score(List.of(undatedGold)).scored().get(0).datesCorrect());

        EvalResult r = scorer.score(List.of(lessPrecise, pred(gold, "G09"), undatedGold));
        assertEquals(new DateAccuracy(2, 1), r.dates());
        assertEquals(new DateAccuracy(1, 0), r.dates("heldOffice"));
        assertEquals(1, r.dateErrors().size());
        // Wrong dates do not make a fact wrong.
        assertEquals(1, r.score("heldOffice").truePositives());
    }

    @Test
    void twoDatedEpisodesOfOneFactEachTakeTheirOwnPrediction() {
        Prediction first = pred(gold, "G07");
        Prediction second = pred(gold, "G08");
        for (List<Prediction> order : List.of(List.of(second, first), List.of(first, second))) {
            EvalResult r = scorer.score(order);
            assertEquals(2, r.score("heldOffice").truePositives());
            assertEquals(new DateAccuracy(2, 2), r.dates("heldOffice"));
        }
        // One prediction of the pair: one episode is a miss.
        EvalResult r = scorer.score(List.of(second));
        assertEquals("G08", r.scored().get(0).gold().id());
        assertEquals(List.of(fact(gold, "G07")),
                r.misses().stream().filter(g -> g.relation().id().equals("heldOffice")).toList());
    }

    @Test
    void ofTwoPredictionsOfOneFactTheOneWithRightDatesIsTheTruePositive() {
        Prediction wrongDates = pred(gold, "G09").withDates("1876", null);
        Prediction rightDates = pred(gold, "G09");
        EvalResult r = scorer.score(List.of(wrongDates, rightDates));
        assertEquals(Outcome.DUPLICATE, r.scored().get(0).outcome());
        assertEquals(Outcome.TRUE_POSITIVE, r.scored().get(1).outcome());
        assertEquals(new DateAccuracy(1, 1), r.dates());
    }

    @Test
    void overallAddsCountsOfAllRelations() {
        List<Prediction> preds = new ArrayList<>(GoldFixtures.perfect(gold));
        preds.removeIf(x -> x.rule().equals("gold/G05"));                        // a miss
        preds.add(p("memberOf", "Orrin Vale", "Party of Progress", 200));      // a false positive
        EvalResult r = scorer.score(preds);
        Score all = r.overall();
        assertEquals(12, all.gold());
        assertEquals(11, all.truePositives());
        assertEquals(1, all.falsePositives());
        assertEquals(11.0 / 12, all.precision(), 1e-9);
        assertEquals(11.0 / 12, all.recall(), 1e-9);
        assertEquals(11.0 / 12, all.f1(), 1e-9);
        assertEquals(0.5, r.score("alliedWith").recall());
        assertEquals(List.of(fact(gold, "G05")), r.misses());
    }

    @Test
    void falsePositivesCarryTheirSentenceCutFromTheDocument() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/eval/small-bio.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = text.indexOf("Bruno Marlowe supported");
        int end = text.indexOf("In 1880");
        Prediction wrong = Prediction.of("opposed", "Bruno Marlowe", "Orrin Vale", start, end);
        EvalResult r = scorer.score(List.of(wrong), text);
        assertEquals("Bruno Marlowe supported Orrin Vale. ", r.falsePositives().get(0).sentence());
        assertNull(scorer.score(List.of(wrong)).falsePositives().get(0).sentence());
    }

    @Test
    void emptyPredictionsScoreZeroWithoutFailing() {
        EvalResult r = scorer.score(List.of());
        assertEquals(0.0, r.overall().precision());
        assertEquals(0.0, r.overall().recall());
        assertEquals(0.0, r.overall().f1());
        assertEquals(12, r.misses().size());
    }
}
