package org.biokg.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A birth place counts for its wider places, read where the text names them as such (made-up predictions). */
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
}
