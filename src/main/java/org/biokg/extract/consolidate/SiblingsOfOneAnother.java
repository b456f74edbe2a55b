package org.biokg.extract.consolidate;

import org.biokg.extract.Entity;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.Holding;
import org.biokg.extract.Relation;
import org.biokg.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Piccard's siblings Leila, Ian and Jeff", "his brothers Bob and Cy": read in one sentence as siblings of one
 * person, they are one another's siblings too. Rule id {@code siblingOf/siblings-of-one-another}.
 */
public final class SiblingsOfOneAnother implements ExtractionStep {
    @Override
    public String id() {
        return "siblings-of-one-another";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.FACTS);
    }

    @Override
    public void apply(ExtractionState state) {
        FactBook book = state.book();
        Map<String, List<NamedSibling>> ofOne = new LinkedHashMap<>();
        for (Fact f : book.facts()) {
            if (f.relation() != Relation.SIBLING_OF) {
                continue;
            }
            for (Evidence e : f.evidence()) {
                if (e.sentenceIndex() < 0) {
                    continue;
                }
                ofOne.computeIfAbsent(e.sentenceIndex() + "|" + f.subject().id(), k -> new ArrayList<>())
                        .add(new NamedSibling(f.object(), e.objectSpan(), e));
                ofOne.computeIfAbsent(e.sentenceIndex() + "|" + f.object().id(), k -> new ArrayList<>())
                        .add(new NamedSibling(f.subject(), e.subjectSpan(), e));
            }
        }
        for (List<NamedSibling> siblings : ofOne.values()) {
            for (int i = 0; i < siblings.size(); i++) {
                for (int j = i + 1; j < siblings.size(); j++) {
                    NamedSibling a = siblings.get(i);
                    NamedSibling b = siblings.get(j);
                    if (a.person().equals(b.person())) {
                        continue;
                    }
                    Evidence e = a.evidence();
                    book.add(Relation.SIBLING_OF, a.person(), b.person(), new Evidence(e.documentId(), e.sentenceIndex(),
                            e.sentence(), e.sentenceText(), a.mention(), b.mention(), "siblingOf/siblings-of-one-another",
                            Evidence.clamp(Math.min(e.confidence(), b.evidence().confidence()) * 0.9)));
                }
            }
        }
    }

    /** A sibling read in one sentence, with the mention that named her there. */
    private record NamedSibling(Entity person, Span mention, Evidence evidence) {
    }
}
