package org.biokg.extract.consolidate;

import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Holding;
import org.biokg.extract.Mention;
import org.biokg.nlp.AnnotatedDocument;

import java.util.Set;

/** Notes on each place the NER classes of the words that name it ("Mexico" COUNTRY, "Mexico City" CITY). */
public final class PlaceTags implements ExtractionStep {
    @Override
    public String id() {
        return "place-tags";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.ENTITIES);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.PLACE_TAGS);
    }

    @Override
    public void apply(ExtractionState state) {
        AnnotatedDocument doc = state.doc();
        state.entityOf().forEach((m, e) -> {
            if (e.type() == EntityType.PLACE && m.type() == EntityType.PLACE && m.kind() == Mention.Kind.NAME) {
                var toks = doc.tokens(m.sentence());
                for (int k = m.begin(); k < m.end() && k < toks.size(); k++) {
                    e.addNerTag(toks.get(k).ner());
                }
            }
        });
    }
}
