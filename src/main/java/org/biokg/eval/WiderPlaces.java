package org.biokg.eval;

import org.biokg.text.Labels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the gold counts as births and deaths in nested places. biokg states a person's birth place once, at the
 * narrowest place ("born in Yanovka"), and where it lies ({@code locatedIn}: Yanovka in Kherson Province, in the
 * Russian Empire); the gold lists a bornIn for each level, as the text names them. So a bornIn (diedIn) prediction
 * is also one for every wider place its place lies in, read in the sentence (field) that names that wider place as
 * such, the locatedIn's; a residedIn (exiledTo) likewise, for the wider places its own sentence names ("moved to
 * Belleville, Ontario": Ontario too, as the gold lists it). locatedIn itself is no gold relation and is not scored.
 */
final class WiderPlaces {
    static final String LOCATED_IN = "locatedIn";
    private static final String STAY_RULE = org.biokg.extract.consolidate.PlaceNesting.STAY_RULE;

    private WiderPlaces() {
    }

    static List<Prediction> entailed(List<Prediction> predictions) {
        Map<String, Set<String>> wider = new LinkedHashMap<>();
        Map<String, List<Prediction>> naming = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            if (p.relation().equals(LOCATED_IN)) {
                wider.computeIfAbsent(p.subject(), k -> new LinkedHashSet<>()).add(p.object());
                naming.computeIfAbsent(p.object(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Prediction> out = new ArrayList<>(predictions.size());
        Set<String> added = new LinkedHashSet<>();
        for (Prediction p : predictions) {
            if (p.relation().equals(LOCATED_IN)) {
                continue;
            }
            out.add(p);
            boolean life = p.relation().equals("bornIn") || p.relation().equals("diedIn");
            boolean stay = p.relation().equals("residedIn") || p.relation().equals("exiledTo");
            if (!life && !stay) {
                continue;
            }
            for (String w : around(p.object(), wider)) {
                if (Labels.key(w).equals(Labels.key(p.object()))) {
                    continue;
                }
                // read where the text names the wider place as such: the locatedIn's sentence
                for (Prediction in : naming.getOrDefault(w, List.of())) {
                    if (stay && in.sentenceStart() != p.sentenceStart()) {
                        continue; // a stay's wider place only where its own sentence names it ("moved to Lund, Scania")
                    }
                    if (life && in.rule() != null && in.rule().startsWith(STAY_RULE)) {
                        continue; // a birth's wider places are those a birth (death) sentence or field names
                    }
                    Prediction e = p.withObject(w).withSentence(in.sentenceStart(), in.sentenceEnd());
                    if (added.add(e.relation() + "|" + e.subject() + "|" + w + "|" + in.sentenceStart())) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }

    private static Set<String> around(String place, Map<String, Set<String>> wider) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(wider.getOrDefault(place, Set.of()));
        while (!todo.isEmpty()) {
            String w = todo.pop();
            if (seen.add(w)) {
                todo.addAll(wider.getOrDefault(w, Set.of()));
            }
        }
        return seen;
    }
}
