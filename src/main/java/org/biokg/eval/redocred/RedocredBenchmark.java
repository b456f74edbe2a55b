package org.biokg.eval.redocred;

import org.biokg.text.Labels;
import org.biokg.eval.Prediction;
import org.biokg.eval.Score;
import org.biokg.extract.Relation;
import org.biokg.text.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores an extractor end to end on Re-DocRED documents: text in, facts out. Each predicted fact is mapped
 * to Wikidata properties through the ontology's alignment; it is correct when a label of such a property
 * has a head and tail whose mention names equal (case- and punctuation-insensitively, as the gold scorer
 * normalises labels) the predicted subject and object, in the aligned direction (either direction for
 * properties of symmetric relations). Date objects (birthDate, deathDate) match a TIME entity of the same
 * year whose month and day, where both sides give them, agree.
 *
 * <p>Each label is matched at most once, by a maximum matching; one prediction may match one label of each
 * property it reaches (parentOf matches both P40 and the child's P22/P25). A prediction that matches no
 * label is a false positive of the properties its relation is charged to (see {@link PropertyTarget}).
 * Labels are counted per pair: the two directions of a symmetric property are one label.
 */
public final class RedocredBenchmark {
    private final WikidataAlignment alignment;
    private final Set<String> symmetricProperties = new LinkedHashSet<>();

    public RedocredBenchmark(WikidataAlignment alignment) {
        this.alignment = alignment;
        for (Relation r : Relation.values()) {
            if (r.symmetric()) {
                alignment.targets(r.id()).forEach(t -> symmetricProperties.add(t.property()));
            }
        }
    }

    /** Runs the extractor on each document's rebuilt text and scores what it finds. */
    public RedocredResult run(List<RedocredDocument> documents, Function<String, List<Prediction>> extractor) {
        return runDocuments(documents, d -> extractor.apply(d.text()));
    }

    /** Like {@link #run}, for an extractor that also wants the title (the biography's subject). */
    public RedocredResult runDocuments(List<RedocredDocument> documents,
                                       Function<RedocredDocument, List<Prediction>> extractor) {
        Map<RedocredDocument, List<Prediction>> predictions = new LinkedHashMap<>();
        for (RedocredDocument d : documents) {
            predictions.put(d, extractor.apply(d));
        }
        return score(predictions);
    }

    /** Scores predictions already made, per document. */
    public RedocredResult score(Map<RedocredDocument, List<Prediction>> predictions) {
        Tally tally = new Tally();
        predictions.forEach((doc, preds) -> scoreDocument(doc, preds, tally));
        return tally.result(predictions.size());
    }

    // ---- one document

    /** A label, or for a symmetric property the pair of labels in both directions. */
    private record Unit(String property, int head, int tail) {
    }

    private void scoreDocument(RedocredDocument doc, List<Prediction> predictions, Tally tally) {
        Set<String> properties = alignment.properties();
        Map<String, List<Unit>> units = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Label l : doc.labels()) {
            if (!properties.contains(l.property())) {
                continue;
            }
            boolean symmetric = symmetricProperties.contains(l.property());
            int a = symmetric ? Math.min(l.head(), l.tail()) : l.head();
            int b = symmetric ? Math.max(l.head(), l.tail()) : l.tail();
            if (seen.add(l.property() + "|" + a + "|" + b)) {
                units.computeIfAbsent(l.property(), k -> new ArrayList<>()).add(new Unit(l.property(), a, b));
            }
        }
        List<Prediction> aligned = new ArrayList<>();
        for (Prediction p : predictions) {
            if (alignment.targets(p.relation()).isEmpty()) {
                tally.unaligned++;
            } else {
                aligned.add(p);
            }
        }
        boolean[] correct = new boolean[aligned.size()];
        String[] duplicateOf = new String[aligned.size()];
        for (String property : properties) {
            List<Unit> gold = units.getOrDefault(property, List.of());
            tally.score(property).gold += gold.size();
            List<List<Integer>> edges = new ArrayList<>();
            for (Prediction p : aligned) {
                List<Integer> e = new ArrayList<>();
                Optional<PropertyTarget> target = alignment.target(p.relation(), property);
                if (target.isPresent()) {
                    for (int j = 0; j < gold.size(); j++) {
                        if (matches(doc, p, target.get(), gold.get(j))) {
                            e.add(j);
                        }
                    }
                }
                edges.add(e);
            }
            int[] matchOfGold = new int[gold.size()];
            int[] matchOfPrediction = new int[aligned.size()];
            Arrays.fill(matchOfGold, -1);
            Arrays.fill(matchOfPrediction, -1);
            for (int i = 0; i < aligned.size(); i++) {
                augment(i, edges, matchOfGold, matchOfPrediction, new boolean[gold.size()]);
            }
            PropertyTally pt = tally.score(property);
            for (int i = 0; i < aligned.size(); i++) {
                if (matchOfPrediction[i] >= 0) {
                    correct[i] = true;
                    pt.truePositives++;
                } else if (!edges.get(i).isEmpty() && duplicateOf[i] == null) {
                    duplicateOf[i] = property;
                }
            }
            for (int j = 0; j < gold.size(); j++) {
                if (matchOfGold[j] >= 0) {
                    tally.goldMatched++;
                } else {
                    Unit u = gold.get(j);
                    tally.misses.add(new RedocredError(doc.title(), property, "", doc.name(u.head()), doc.name(u.tail()),
                            evidenceSentence(doc, u)));
                }
            }
            tally.gold += gold.size();
        }
        for (int i = 0; i < aligned.size(); i++) {
            Prediction p = aligned.get(i);
            tally.predicted++;
            if (correct[i]) {
                tally.correct++;
            } else if (duplicateOf[i] != null) {
                tally.duplicates++;
                tally.score(duplicateOf[i]).duplicates++;
            } else {
                tally.falsePositives++;
                List<String> charged = alignment.targets(p.relation()).stream().filter(PropertyTarget::charged)
                        .map(PropertyTarget::property).toList();
                charged.forEach(c -> tally.score(c).falsePositives++);
                tally.errors.add(new RedocredError(doc.title(), charged.isEmpty() ? "" : charged.get(0), p.relation(),
                        p.subject(), p.object(), sentence(doc, p)));
            }
        }
    }

    private boolean matches(RedocredDocument doc, Prediction p, PropertyTarget target, Unit u) {
        boolean dateObject = Relation.byId(p.relation()).map(Relation::dateValued).orElse(false);
        int subjectSide = target.inverse() ? u.tail() : u.head();
        int objectSide = target.inverse() ? u.head() : u.tail();
        if (names(doc, subjectSide, p.subject(), false) && names(doc, objectSide, p.object(), dateObject)) {
            return true;
        }
        return symmetricProperties.contains(u.property())
                && names(doc, objectSide, p.subject(), false) && names(doc, subjectSide, p.object(), dateObject);
    }

    /** Whether a predicted label (or date) names an entity of the document. */
    static boolean names(RedocredDocument doc, int entity, String label, boolean date) {
        String norm = Labels.key(label);
        for (Mention m : doc.entities().get(entity)) {
            if (!norm.isEmpty() && norm.equals(Labels.key(m.name()))) {
                return true;
            }
        }
        if (date && doc.isTime(entity)) {
            Optional<TimeNames.Date> predicted = TimeNames.parseIso(label);
            if (predicted.isPresent()) {
                for (Mention m : doc.entities().get(entity)) {
                    Optional<TimeNames.Date> d = TimeNames.parseText(m.name());
                    if (d.isPresent() && d.get().agrees(predicted.get())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean augment(int i, List<List<Integer>> edges, int[] matchOfGold, int[] matchOfPrediction,
                                   boolean[] seen) {
        for (int j : edges.get(i)) {
            if (seen[j]) {
                continue;
            }
            seen[j] = true;
            if (matchOfGold[j] < 0 || augment(matchOfGold[j], edges, matchOfGold, matchOfPrediction, seen)) {
                matchOfGold[j] = i;
                matchOfPrediction[i] = j;
                return true;
            }
        }
        return false;
    }

    private static String sentence(RedocredDocument doc, Prediction p) {
        String text = doc.text();
        if (p.sentenceStart() >= text.length() || p.sentenceEnd() <= p.sentenceStart()) {
            return null;
        }
        return text.substring(p.sentenceStart(), Math.min(p.sentenceEnd(), text.length()));
    }

    private static String evidenceSentence(RedocredDocument doc, Unit u) {
        for (Label l : doc.labels()) {
            if (l.property().equals(u.property()) && !l.evidence().isEmpty()
                    && (l.head() == u.head() && l.tail() == u.tail() || l.head() == u.tail() && l.tail() == u.head())) {
                int s = l.evidence().get(0);
                if (s >= 0 && s < doc.documentText().sentenceCount()) {
                    Span span = doc.documentText().sentenceSpan(s);
                    return doc.documentText().substring(span);
                }
            }
        }
        return null;
    }

    // ---- counting over documents

    private static final class PropertyTally {
        int gold;
        int truePositives;
        int falsePositives;
        int duplicates;
    }

    private final class Tally {
        final Map<String, PropertyTally> byProperty = new LinkedHashMap<>();
        final List<RedocredError> misses = new ArrayList<>();
        final List<RedocredError> errors = new ArrayList<>();
        int gold, goldMatched, predicted, correct, falsePositives, duplicates, unaligned;

        Tally() {
            alignment.properties().forEach(p -> byProperty.put(p, new PropertyTally()));
        }

        PropertyTally score(String property) {
            return byProperty.computeIfAbsent(property, k -> new PropertyTally());
        }

        RedocredResult result(int documents) {
            Map<String, Score> scores = new LinkedHashMap<>();
            byProperty.forEach((p, t) -> scores.put(p, new Score(p, t.gold,
                    t.truePositives + t.falsePositives + t.duplicates, t.truePositives, t.falsePositives,
                    t.duplicates, 0)));
            return new RedocredResult(documents, scores,
                    new RedocredTotals(gold, goldMatched, predicted, correct, falsePositives, duplicates, unaligned),
                    misses, errors);
        }
    }
}
