package org.biokg.extract.consolidate;

import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.Fact;
import org.biokg.extract.FactBook;
import org.biokg.extract.HandBuiltExtraction;
import org.biokg.extract.Mention;
import org.biokg.extract.Relation;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.nlp.HandBuiltDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code siblingOf/siblings-of-one-another}, no CoreNLP model: the step reads only the siblingOf facts already in
 * the book and the sentences their evidence names, so the test puts those facts there by hand.
 */
class SiblingsOfOneAnotherTest {
    private static final SiblingsOfOneAnother STEP = new SiblingsOfOneAnother();

    @Test
    void twoSiblingsOfOnePersonReadInOneSentenceAreEachOthersSiblings() {
        // tokens: Cy0 Roe1 lived2 with3 his4 sisters5 Ada6 and7 Bea8 .9
        HandBuiltDocument doc = new HandBuiltDocument("cy-roe");
        doc.sentence("Cy Roe lived with his sisters Ada and Bea.").tag(2, "VBD").tag(5, "NNS");
        AnnotatedDocument annotated = doc.build();
        HandBuiltExtraction extraction = new HandBuiltExtraction(annotated);
        Mention cy = extraction.name(0, 0, 2, EntityType.PERSON);
        Mention ada = extraction.name(0, 6, 7, EntityType.PERSON);
        Mention bea = extraction.name(0, 8, 9, EntityType.PERSON);
        sibling(extraction, cy, ada, 0.8);
        sibling(extraction, cy, bea, 0.7);

        STEP.apply(extraction.state());

        assertEquals(List.of("siblingOf(Cy Roe, Ada) [siblingOf/sibling-appos]",
                        "siblingOf(Cy Roe, Bea) [siblingOf/sibling-appos]",
                        "siblingOf(Ada, Bea) [siblingOf/siblings-of-one-another]"),
                extraction.factsWithRules());
        Evidence e = extraction.state().book().facts().get(2).evidence().get(0);
        String text = annotated.clean().source().text();
        assertEquals("Ada", text.substring(e.subjectSpan().start(), e.subjectSpan().end()));
        assertEquals("Bea", text.substring(e.objectSpan().start(), e.objectSpan().end()));
        assertEquals(0.7 * 0.9, e.confidence(), 1e-9, "the less sure of the two, a little less sure still");
    }

    @Test
    void siblingsReadInTwoSentencesAreNotTakenForEachOthers() {
        // Cy may have had two sisters by different parents; only a list in one sentence says they are one family
        HandBuiltDocument doc = new HandBuiltDocument("cy-roe");
        doc.sentence("Cy Roe lived with his sister Ada.").tag(2, "VBD");
        doc.sentence("Cy Roe visited his sister Bea.").tag(2, "VBD");
        HandBuiltExtraction extraction = new HandBuiltExtraction(doc.build());
        Mention cyFirst = extraction.name(0, 0, 2, EntityType.PERSON);
        Mention ada = extraction.name(0, 6, 7, EntityType.PERSON);
        Mention cySecond = extraction.name(1, 0, 2, EntityType.PERSON);
        Mention bea = extraction.name(1, 5, 6, EntityType.PERSON);
        sibling(extraction, cyFirst, ada, 0.8);
        sibling(extraction, cySecond, bea, 0.8);

        STEP.apply(extraction.state());

        assertEquals(List.of("siblingOf(Cy Roe, Ada) [siblingOf/sibling-appos]",
                "siblingOf(Cy Roe, Bea) [siblingOf/sibling-appos]"), extraction.factsWithRules());
    }

    private static Fact sibling(HandBuiltExtraction extraction, Mention person, Mention sibling, double confidence) {
        FactBook book = extraction.state().book();
        return book.add(Relation.SIBLING_OF, extraction.entity(person), extraction.entity(sibling),
                extraction.evidence(person, sibling, "siblingOf/sibling-appos", confidence));
    }
}
