package org.biokg.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A birth place counts for its wider places, read where the text names them as such, and a stay for those its own
 * sentence names (made-up predictions).
 */
class WiderPlacesTest {
    private static Prediction p(String relation, String subject, String object, int sentenceStart) {
        return Prediction.of(relation, subject, object, sentenceStart, sentenceStart + 10);
    }

    @Test
    void aBirthPlaceIsABirthInEachPlaceItLiesIn() {
        List<Prediction> in = List.of(
                p("bornIn", "Ada Roe", "Lindby", 10),
                p("locatedIn", "Lindby", "Morva County", 10),
                p("locatedIn", "Morva County", "Vetria", 300),
                p("diedIn", "Ada Roe", "Norhavn", 500));
        List<String> out = WiderPlaces.entailed(in).stream()
                .map(x -> x.relation() + "(" + x.subject() + ", " + x.object() + ")@" + x.sentenceStart()).toList();
        assertEquals(List.of("bornIn(Ada Roe, Lindby)@10", "bornIn(Ada Roe, Morva County)@10", "bornIn(Ada Roe, Vetria)@300",
                "diedIn(Ada Roe, Norhavn)@500"), out, "locatedIn itself is not a gold relation");
    }

    @Test
    void theGoldsBirthInTheWiderPlaceIsMatched() {
        GoldScorer scorer = new GoldScorer(GoldFixtures.small());
        EvalResult r = scorer.score(List.of(p("bornIn", "Ada Marlowe", "Hollin", 13), p("locatedIn", "Hollin", "Wexley", 13)));
        assertEquals(1, r.score("bornIn").truePositives(), "born in Hollin, which lies in Wexley: born in Wexley");
        assertEquals(1, r.score("bornIn").falsePositives(), "Hollin itself is not in this gold");
    }

    @Test
    void aStayCountsForTheWiderPlacesItsOwnSentenceNames() {
        org.biokg.eval.Prediction nested = new Prediction("locatedIn", "Belleville", "Ontario", null, null, 1.0, "", 40, 50,
                org.biokg.extract.consolidate.PlaceNesting.STAY_RULE);
        List<Prediction> in = List.of(
                p("residedIn", "Ada Roe", "Belleville", 40), nested,
                p("residedIn", "Ada Roe", "Lindby", 60), p("locatedIn", "Lindby", "Morva County", 10),
                p("bornIn", "Ada Roe", "Belleville", 5));
        List<String> out = WiderPlaces.entailed(in).stream()
                .map(x -> x.relation() + "(" + x.subject() + ", " + x.object() + ")@" + x.sentenceStart()).toList();
        assertEquals(List.of("residedIn(Ada Roe, Belleville)@40", "residedIn(Ada Roe, Ontario)@40", "residedIn(Ada Roe, Lindby)@60",
                "bornIn(Ada Roe, Belleville)@5"), out,
                "Lindby's county is named in another sentence; a birth does not take a stay sentence's wider place");
    }
}
