package org.biokg.eval;

import org.biokg.text.Labels;
import org.biokg.extract.Relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores predictions against a gold set by the rules of the gold README: scope filter, label normalisation
 * and aliases, symmetric relations in either direction, each gold fact matched at most once (further
 * predictions of it are duplicates), predictions of facts stated only outside the scope ignored, date
 * objects and term dates matched by prefix. A birth or death place counts for its wider places too
 * ({@link WiderPlaces}: the gold lists each level of "born in Yanovka, Kherson Province").
 *
 * <p>When predictions compete for gold facts (a surname naming two people, a fact with two dated episodes),
 * the matching is a maximum one, so the result does not depend on the order of the predictions; among the
 * gold facts a prediction names, those whose dates it gets right are tried first.
 */
public final class GoldScorer {
    private final GoldSet gold;

    public GoldScorer(GoldSet gold) {
        this.gold = gold;
    }

    public EvalResult score(List<Prediction> predictions) {
        return score(predictions, null);
    }

    /**
     * Scores the predictions; {@code documentText}, the original file the offsets refer to, is optional and
     * only used to show each prediction's sentence.
     */
    public EvalResult score(List<Prediction> predictions, String documentText) {
        predictions = WiderPlaces.entailed(predictions);
        Scope scope = gold.scope();
        List<Prediction> inScope = predictions.stream().filter(p -> scope.contains(p.sentenceStart())).toList();
        int outOfScope = predictions.size() - inScope.size();

        Set<String> relations = new LinkedHashSet<>();
        Arrays.stream(Relation.values()).map(Relation::id).forEach(relations::add);
        inScope.forEach(p -> relations.add(p.relation()));

        ScoredPrediction[] verdicts = new ScoredPrediction[inScope.size()];
        Map<String, Score> byRelation = new LinkedHashMap<>();
        Map<String, DateAccuracy> datesByRelation = new LinkedHashMap<>();
        List<GoldFact> misses = new ArrayList<>();
        for (String relation : relations) {
            List<Integer> predIdx = new ArrayList<>();
            for (int i = 0; i < inScope.size(); i++) {
                if (inScope.get(i).relation().equals(relation)) {
                    predIdx.add(i);
                }
            }
            List<GoldFact> goldIn = new ArrayList<>();
            List<GoldFact> goldOut = new ArrayList<>();
            for (GoldFact g : gold.facts()) {
                if (g.relation().id().equals(relation)) {
                    (g.inScope(scope) ? goldIn : goldOut).add(g);
                }
            }
            if (predIdx.isEmpty() && goldIn.isEmpty()) {
                continue;
            }
            RelationMatch m = matchRelation(predIdx.stream().map(inScope::get).toList(), goldIn, goldOut);
            int tp = 0, fp = 0, dup = 0, ign = 0;
            DateAccuracy dates = DateAccuracy.NONE;
            for (int k = 0; k < predIdx.size(); k++) {
                Prediction p = inScope.get(predIdx.get(k));
                String sentence = sentence(documentText, p);
                ScoredPrediction v;
                if (m.matchOfPrediction[k] >= 0) {
                    GoldFact g = goldIn.get(m.matchOfPrediction[k]);
                    Boolean datesRight = g.hasDates() ? datesRight(p, g) : null;
                    if (datesRight != null) {
                        dates = dates.add(datesRight);
                    }
                    v = new ScoredPrediction(p, Outcome.TRUE_POSITIVE, g, datesRight, sentence);
                    tp++;
                } else if (!m.candidates.get(k).isEmpty()) {
                    v = new ScoredPrediction(p, Outcome.DUPLICATE, goldIn.get(m.candidates.get(k).get(0)), null, sentence);
                    dup++;
                } else {
                    Optional<GoldFact> outside = goldOut.stream().filter(g -> matches(p, g)).findFirst();
                    if (outside.isPresent()) {
                        v = new ScoredPrediction(p, Outcome.IGNORED, outside.get(), null, sentence);
                        ign++;
                    } else {
                        v = new ScoredPrediction(p, Outcome.FALSE_POSITIVE, null, null, sentence);
                        fp++;
                    }
                }
                verdicts[predIdx.get(k)] = v;
            }
            for (int j = 0; j < goldIn.size(); j++) {
                if (m.matchOfGold[j] < 0) {
                    misses.add(goldIn.get(j));
                }
            }
            byRelation.put(relation, new Score(relation, goldIn.size(), predIdx.size(), tp, fp, dup, ign));
            if (dates.checked() > 0) {
                datesByRelation.put(relation, dates);
            }
        }
        Score overall = byRelation.values().stream().reduce(Score.empty("overall"), (a, b) -> a.plus(b, "overall"));
        DateAccuracy allDates = datesByRelation.values().stream().reduce(DateAccuracy.NONE, DateAccuracy::plus);
        List<GoldFact> missesInGoldOrder = new ArrayList<>(misses);
        List<GoldFact> all = gold.facts();
        missesInGoldOrder.sort(Comparator.comparingInt(all::indexOf));
        // a false positive biokg also reads outside the scope: if it is true, the full gold lists it there (a fact
        // once, at its earliest clear evidence) and rule 4 ignores it; the dev part alone cannot tell
        Set<String> readOutside = new java.util.HashSet<>();
        for (Prediction p : predictions) {
            if (!scope.contains(p.sentenceStart())) {
                readOutside.add(factKey(p.relation(), p.subject(), p.object()));
                readOutside.add(factKey(p.relation(), p.object(), p.subject()));
            }
        }
        List<ScoredPrediction> alsoOutside = new ArrayList<>();
        for (ScoredPrediction v : verdicts) {
            Prediction p = v.prediction();
            if (v.outcome() == Outcome.FALSE_POSITIVE && readOutside.contains(factKey(p.relation(), p.subject(), p.object()))) {
                alsoOutside.add(v);
            }
        }
        return new EvalResult(scope, byRelation, overall, datesByRelation, allDates, List.of(verdicts),
                missesInGoldOrder, outOfScope, alsoOutside);
    }

    /** Whether a prediction states this gold fact (dates of the term aside). */
    private static String factKey(String relation, String subject, String object) {
        Relation r = Relation.byId(relation).orElse(null);
        boolean either = r != null && r.symmetric();
        String a = Labels.key(subject);
        String b = object == null ? "" : Labels.key(object);
        return relation + "\t" + (either && a.compareTo(b) > 0 ? b + "\t" + a : a + "\t" + b);
    }

    public boolean matches(Prediction p, GoldFact g) {
        if (!p.relation().equals(g.relation().id())) {
            return false;
        }
        if (g.relation().dateValued()) {
            return gold.names(p.subject(), g.subject()) && p.object().trim().startsWith(g.object());
        }
        if (gold.names(p.subject(), g.subject()) && gold.names(p.object(), g.object())) {
            return true;
        }
        return g.relation().symmetric() && gold.names(p.subject(), g.object()) && gold.names(p.object(), g.subject());
    }

    /** Every gold date is matched by a predicted date that begins with it. */
    static boolean datesRight(Prediction p, GoldFact g) {
        return prefixed(p.start(), g.start()) && prefixed(p.end(), g.end());
    }

    private static boolean prefixed(String predicted, String goldValue) {
        return goldValue == null || predicted != null && predicted.startsWith(goldValue);
    }

    private static String sentence(String text, Prediction p) {
        if (text == null || p.sentenceStart() >= text.length()) {
            return null;
        }
        return text.substring(p.sentenceStart(), Math.min(p.sentenceEnd(), text.length()));
    }

    /** The matching of one relation's predictions to its gold facts in scope. */
    private static final class RelationMatch {
        int[] matchOfPrediction;
        int[] matchOfGold;
        List<List<Integer>> candidates;
    }

    private RelationMatch matchRelation(List<Prediction> preds, List<GoldFact> goldIn, List<GoldFact> goldOut) {
        RelationMatch m = new RelationMatch();
        m.candidates = new ArrayList<>();
        for (Prediction p : preds) {
            List<Integer> c = new ArrayList<>();
            for (int j = 0; j < goldIn.size(); j++) {
                if (matches(p, goldIn.get(j))) {
                    c.add(j);
                }
            }
            // Gold facts whose dates this prediction gets right first: with two dated episodes of one fact,
            // each prediction then takes its own episode.
            c.sort(Comparator.comparing((Integer j) -> !datesRight(p, goldIn.get(j))).thenComparing(j -> j));
            m.candidates.add(c);
        }
        m.matchOfPrediction = new int[preds.size()];
        m.matchOfGold = new int[goldIn.size()];
        Arrays.fill(m.matchOfPrediction, -1);
        Arrays.fill(m.matchOfGold, -1);
        // Predictions that get some gold fact's dates right claim first, so that of two predictions of one
        // fact the one with the right dates is the true positive; the matching stays maximum either way.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < preds.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> m.candidates.get(i).stream()
                .noneMatch(j -> datesRight(preds.get(i), goldIn.get(j)))));
        for (int i : order) {
            augment(i, m, new boolean[goldIn.size()]);
        }
        return m;
    }

    /** Kuhn's augmenting path step of maximum bipartite matching. */
    private static boolean augment(int i, RelationMatch m, boolean[] seen) {
        for (int j : m.candidates.get(i)) {
            if (seen[j]) {
                continue;
            }
            seen[j] = true;
            if (m.matchOfGold[j] < 0 || augment(m.matchOfGold[j], m, seen)) {
                m.matchOfGold[j] = i;
                m.matchOfPrediction[i] = j;
                return true;
            }
        }
        return false;
    }
}
