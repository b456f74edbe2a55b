package org.biokg.extract.consolidate;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;
import java.util.Set;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Mention;
import org.biokg.extract.Relation;

import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.Sentence;
import org.biokg.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Places named with their wider places: "born in Lund, Scania", "died in Brno, Moravia of Austria-Hungary". A birth
 * (death) place followed, in its sentence, by another place after only a comma, "of (the)" or "in" lies in that
 * place, which may lie in the next ({@code locatedIn} facts, with the sentence as evidence). A person is born in
 * one place, so places named after a birth place are its wider places; after a place someone lived in, only a state,
 * province or country that ends the list is ("moved to Belleville, Ontario"), since "lived in Lund, Oslo and Bergen"
 * lists three.
 */
public final class PlaceNesting implements ExtractionStep {
    /** What may stand between a place and its wider place: ", ", " of ", " of the ", " in ", ", in the ". */
    private static final Pattern BETWEEN = Pattern.compile(
            "\\s*,\\s*(?:(?:of|in)(?:\\s+the)?\\s+)?|\\s+(?:of|in)(?:\\s+the)?\\s+", Pattern.CASE_INSENSITIVE);
    private static final double CONFIDENCE = 0.8;
    /** The rule of a nesting read after a place someone lived in (the others follow a birth or death place). */
    public static final String STAY_RULE = "locatedIn/stay-place-with-wider-place";

    @Override
    public String id() {
        return "place-nesting";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS, Holding.ENTITIES, Holding.FACTS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state) {
        add(state.doc(), state.mentions(), state.entityOf(), state.book());
    }

    /** Adds the locatedIn facts the document's birth and death sentences state. */
    void add(AnnotatedDocument doc, List<List<Mention>> mentions, Map<Mention, Entity> entityOf, FactBook book) {
        String text = doc.clean().source().text();
        for (Fact f : new ArrayList<>(book.facts())) {
            boolean life = f.relation() == Relation.BORN_IN || f.relation() == Relation.DIED_IN;
            boolean stay = f.relation() == Relation.RESIDED_IN || f.relation() == Relation.EXILED_TO;
            if (!life && !stay) {
                continue;
            }
            for (Evidence e : new ArrayList<>(f.evidence())) {
                if (e.sentenceIndex() < 0 || e.objectSpan() == null) {
                    continue; // the infobox states its own nesting (InfoboxFacts)
                }
                chain(doc, e, f.object(), e.objectSpan(), mentions.get(e.sentenceIndex()), entityOf, book, text, stay);
            }
        }
    }

    /**
     * Where one lived may be a list ("lived in Lund, Oslo and Bergen"): a place after a comma is a wider place only
     * when the tagger calls it a state, province or country and the one before it none of these, and no "and" or
     * "or" goes on from it ("moved to Belleville, Ontario, in 1832").
     */
    private static boolean widerPlaceOfAStay(Entity narrower, Entity wider, Span widerSpan, String text) {
        boolean widerTag = wider.nerTags().contains("STATE_OR_PROVINCE") || wider.nerTags().contains("COUNTRY");
        boolean narrowerWide = narrower.nerTags().contains("COUNTRY")
                || narrower.nerTags().contains("STATE_OR_PROVINCE") && !wider.nerTags().contains("COUNTRY");
        String after = text.substring(widerSpan.end(), Math.min(text.length(), widerSpan.end() + 8));
        return widerTag && !narrowerWide && !after.matches("(?s)\\s*,?\\s*(and|or)\\b.*");
    }

    /** From the place at {@code at}, each next place the sentence names right after it lies around the one before. */
    private static void chain(AnnotatedDocument doc, Evidence e, Entity place, Span at, List<Mention> sentence,
                              Map<Mention, Entity> entityOf, FactBook book, String text, boolean stay) {
        Entity narrower = place;
        Span from = at;
        for (int guard = 0; guard < 4; guard++) {
            Mention next = null;
            Span nextSpan = null;
            for (Mention m : sentence) {
                Entity w = entityOf.get(m);
                if (w == null || w.type() != EntityType.PLACE || m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                Span s = doc.originalSpan(m.sentence(), m.begin(), m.end());
                if (s.start() >= from.end() && s.start() - from.end() <= 12
                        && BETWEEN.matcher(text.substring(from.end(), s.start())).matches()) {
                    next = m;
                    nextSpan = s;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            Entity wider = entityOf.get(next);
            if (wider.equals(narrower) || stay && !widerPlaceOfAStay(narrower, wider, nextSpan, text)) {
                return;
            }
            Sentence s = doc.clean().sentences().get(e.sentenceIndex());
            book.add(Relation.LOCATED_IN, narrower, wider, new Evidence(e.documentId(), e.sentenceIndex(), s.span(), s.text(),
                    from, nextSpan, stay ? STAY_RULE : "locatedIn/place-with-wider-place", Math.min(CONFIDENCE, e.confidence())));
            narrower = wider;
            from = nextSpan;
        }
    }
}
