package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person is born in one place and dies in one: the birth (death) places a document gives one person are made one
 * place with its wider places instead of competing births.
 * <ul>
 * <li>Two spellings of one name ("Janowka" in an infobox, "Yanovka" in the text; {@link NameMatch#spellingVariants})
 * are one place, under the name the text uses most; the other is its alias.</li>
 * <li>A place the document says lies within another ({@code locatedIn}: "born in Yanovka, Kherson Province", an
 * infobox's "Town, Region, Country") is the birth place; the wider places are reached from it, and their own
 * births are dropped (their evidence is the locatedIn facts').</li>
 * </ul>
 * Places neither nested nor spelt alike stay, as the text gives them: which is right is not for this step to say.
 */
final class LifePlaces {
    private static final Set<Relation> ONE_PLACE = EnumSet.of(Relation.BORN_IN, Relation.DIED_IN);

    private LifePlaces() {
    }

    static ExtractionResult consolidate(ExtractionResult r) {
        return nested(spellings(r));
    }

    /** Two birth (death) places of one person spelt alike, and not nested, are one place. */
    static ExtractionResult spellings(ExtractionResult r) {
        Nesting nesting = Nesting.of(r.facts());
        MergeMap merges = new MergeMap();
        for (Map.Entry<String, List<Entity>> ofOne : placesOfOnePerson(r).entrySet()) {
            List<Entity> places = ofOne.getValue();
            for (int i = 0; i < places.size(); i++) {
                for (int j = i + 1; j < places.size(); j++) {
                    Entity p = places.get(i);
                    Entity q = places.get(j);
                    if (merges.merged(p) || merges.merged(q) || nesting.related(p, q)
                            || !NameMatch.spellingVariants(p.label(), q.label())) {
                        continue;
                    }
                    int tp = textWeight(r, p);
                    int tq = textWeight(r, q);
                    Entity keep = tq > tp || tq == tp && weight(r, q) > weight(r, p) ? q : p;
                    Entity other = keep == p ? q : p;
                    merges.merge(other, keep, String.format(Locale.ROOT, "'%s' and '%s' spell one name, both given as %s",
                            other.label(), keep.label(), placeOf(r, ofOne.getKey())));
                }
            }
        }
        return merges.applyTo(r);
    }

    /** A birth (death) place that lies within another birth (death) place of the same person is that one's. */
    static ExtractionResult nested(ExtractionResult r) {
        Nesting nesting = Nesting.of(r.facts());
        Map<String, List<Entity>> places = placesOfOnePerson(r);
        List<Fact> kept = new ArrayList<>();
        for (Fact f : r.facts()) {
            if (ONE_PLACE.contains(f.relation()) && narrowerOf(f.object(), places.get(key(f)), nesting)) {
                continue; // born in Russia: through the village, which lies there
            }
            if (f.relation() == Relation.LOCATED_IN && throughAnother(f, nesting)) {
                continue; // the village in the country: through the province
            }
            kept.add(f);
        }
        return kept.size() == r.facts().size() ? r
                : new ExtractionResult(r.documentId(), r.sourceName(), r.subject(), r.entities(), kept);
    }

    private static boolean narrowerOf(Entity place, List<Entity> others, Nesting nesting) {
        for (Entity o : others) {
            if (nesting.within(o, place)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a locatedIn(A, C) also follows from A lying in some B that lies in C. */
    private static boolean throughAnother(Fact f, Nesting nesting) {
        for (Entity between : nesting.around(f.subject())) {
            if (!between.equals(f.object()) && nesting.within(between, f.object()) && nesting.within(f.subject(), between)) {
                return true;
            }
        }
        return false;
    }

    /** The birth places, and the death places, of each person, in the order the facts name them. */
    private static Map<String, List<Entity>> placesOfOnePerson(ExtractionResult r) {
        Map<String, Set<Entity>> places = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            if (ONE_PLACE.contains(f.relation())) {
                places.computeIfAbsent(key(f), k -> new LinkedHashSet<>()).add(f.object());
            }
        }
        Map<String, List<Entity>> out = new LinkedHashMap<>();
        places.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    /** "the birth place of Ada Roe", for the key of a person's birth (death) places. */
    private static String placeOf(ExtractionResult r, String key) {
        String relation = key.substring(0, key.indexOf('|'));
        String personId = key.substring(key.indexOf('|') + 1);
        String person = r.allEntities().stream().filter(e -> e.id().equals(personId)).map(Entity::label).findFirst().orElse(personId);
        return (relation.equals(Relation.BORN_IN.id()) ? "the birth place of " : "the place of death of ") + person;
    }

    private static String key(Fact f) {
        return f.relation().id() + "|" + f.subject().id();
    }

    /** How often the text (not an infobox) names the entity in a fact: the name a reader meets. */
    private static int textWeight(ExtractionResult r, Entity e) {
        int n = 0;
        for (Fact f : r.facts()) {
            if (e.equals(f.subject()) || e.equals(f.object())) {
                for (Evidence ev : f.evidence()) {
                    n += ev.sentenceIndex() >= 0 ? 1 : 0;
                }
            }
        }
        return n;
    }

    /** How much evidence names the entity in a fact, infobox fields included. */
    private static int weight(ExtractionResult r, Entity e) {
        int n = 0;
        for (Fact f : r.facts()) {
            if (e.equals(f.subject()) || e.equals(f.object())) {
                n += f.evidence().size();
            }
        }
        return n;
    }
}
