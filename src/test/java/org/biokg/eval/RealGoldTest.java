package org.biokg.eval;

import org.biokg.extract.Relation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.biokg.eval.GoldFixtures.asPrediction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's gold set for the seed (a copy of ../shared/gold), scored against itself and perturbed. */
class RealGoldTest {
    private final GoldSet gold = GoldSet.fromClasspath("gold");
    private final GoldScorer scorer = new GoldScorer(gold);

    @Test
    void goldIsWellFormed() throws IOException {
        assertTrue(gold.facts().size() > 100);
        String seed = Files.readString(Path.of("data/leon-trotsky.txt"), StandardCharsets.UTF_8);
        for (GoldFact f : gold.facts()) {
            assertTrue(gold.entity(f.subject()).isPresent(), f.id() + " subject " + f.subject());
            if (!f.relation().dateValued()) {
                assertTrue(gold.entity(f.object()).isPresent(), f.id() + " object " + f.object());
            }
            for (GoldEvidence ev : f.evidence()) {
                // Offsets are the scorer's only link to sentences: they must point at the evidence.
                assertEquals(ev.text(), seed.substring(ev.offset(), ev.end()), f.id());
            }
        }
    }

    @Test
    void goldFactsAsPredictionsScorePerfectlyForEveryRelation() {
        EvalResult r = scorer.score(GoldFixtures.perfect(gold));
        assertEquals(gold.factsInScope().size(), r.overall().gold());
        for (Relation rel : Relation.values()) {
            Score s = r.score(rel.id());
            if (s.gold() == 0) {
                continue;
            }
            assertEquals(1.0, s.precision(), rel.id());
            assertEquals(1.0, s.recall(), rel.id());
            assertEquals(1.0, s.f1(), rel.id());
        }
        assertEquals(1.0, r.overall().f1());
        assertTrue(r.dates().checked() > 50);
        assertEquals(1.0, r.dates().accuracy());
        assertTrue(r.misses().isEmpty());
    }

    @Test
    void perturbedPredictionsScoreAsExpected() {
        List<Prediction> preds = new ArrayList<>(GoldFixtures.perfect(gold));
        int allied = indexOf(preds, "alliedWith", 0);
        int parent = indexOf(preds, "parentOf", 0);
        int symmetricSwap = indexOf(preds, "opposed", 0);
        int moved = indexOf(preds, "memberOf", 0);
        Prediction wrongObject = preds.get(allied).withObject("Nobody In Particular");
        preds.set(allied, wrongObject);
        preds.set(parent, preds.get(parent).swapped());
        preds.set(symmetricSwap, preds.get(symmetricSwap).swapped());
        preds.set(moved, preds.get(moved).withSentence(gold.scope().hi(), gold.scope().hi() + 50));

        EvalResult r = scorer.score(preds);
        Score a = r.score("alliedWith");
        assertEquals(a.gold() - 1, a.truePositives());
        assertEquals(1, a.falsePositives());
        Score p = r.score("parentOf");
        assertEquals(p.gold() - 1, p.truePositives());
        assertEquals(1, p.falsePositives());
        Score o = r.score("opposed");
        assertEquals(1.0, o.f1());
        Score m = r.score("memberOf");
        assertEquals(m.gold() - 1, m.truePositives());
        assertEquals(0, m.falsePositives());
        assertEquals(1.0, m.precision());
        assertEquals(1, r.outOfScope());
        assertEquals(3, r.misses().size());
        assertEquals(2, r.falsePositives().size());
        assertTrue(r.falsePositives().stream().anyMatch(s -> s.prediction().equals(wrongObject)));
    }

    @Test
    void aliasesOfTheGoldEntitiesAreAccepted() {
        GoldFact f = gold.facts().stream().filter(g -> g.relation() == Relation.ALLIED_WITH
                && gold.entity(g.subject()).map(e -> e.aliases().size() > 2).orElse(false)).findFirst().orElseThrow();
        GoldEntity subject = gold.entity(f.subject()).orElseThrow();
        String alias = subject.aliases().get(subject.aliases().size() - 1);
        Prediction viaAlias = new Prediction(f.relation().id(), alias.toUpperCase(), f.object(), null, null, 1, "d",
                f.evidence().get(0).offset(), f.evidence().get(0).end(), "");
        assertEquals(Outcome.TRUE_POSITIVE, scorer.score(List.of(viaAlias)).scored().get(0).outcome());
    }

    @Test
    void goldPredictionsOutsideTheScopeAreLeftOut() {
        List<Prediction> preds = gold.factsInScope().stream()
                .map(g -> asPrediction(g, gold.scope()).withSentence(gold.scope().hi() + 1, gold.scope().hi() + 9))
                .toList();
        EvalResult r = scorer.score(preds);
        assertEquals(preds.size(), r.outOfScope());
        assertEquals(0, r.overall().predicted());
        assertEquals(0.0, r.overall().recall());
    }

    private static int indexOf(List<Prediction> preds, String relation, int nth) {
        int seen = 0;
        for (int i = 0; i < preds.size(); i++) {
            if (preds.get(i).relation().equals(relation) && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError("no " + relation);
    }
}
