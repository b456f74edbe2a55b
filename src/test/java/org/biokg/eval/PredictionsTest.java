package org.biokg.eval;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.Span;
import org.biokg.extract.TimeValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PredictionsTest {
    @Test
    void onePredictionPerFactAndEvidenceSentence() {
        Entity ada = new Entity("e1", "Ada Marlowe", EntityType.PERSON);
        Entity warden = new Entity("e2", "Granary Warden", EntityType.OFFICE);
        Fact office = Fact.between(Relation.HELD_OFFICE, ada, warden);
        office.setStart(new TimeValue("1880"));
        office.setEnd(new TimeValue("1884-06-02"));
        office.addEvidence(new Evidence("bio", 3, new Span(265, 370), "...", null, null, "heldOffice/elected", 0.8));
        office.addEvidence(new Evidence("bio", 9, new Span(600, 640), "...", null, null, "heldOffice/resigned", 0.7));
        Fact born = Fact.dated(Relation.BIRTH_DATE, ada, new TimeValue("1850-05-03"));
        born.addEvidence(new Evidence("bio", -1, new Span(0, 40), "...", null, null, "birthDate/infobox", 0.95));
        ExtractionResult result = new ExtractionResult("bio", "bio.txt", ada, List.of(ada, warden), List.of(office, born));

        assertEquals(List.of(
                new Prediction("heldOffice", "Ada Marlowe", "Granary Warden", "1880", "1884-06-02", 0.8, "bio", 265, 370,
                        "heldOffice/elected"),
                new Prediction("heldOffice", "Ada Marlowe", "Granary Warden", "1880", "1884-06-02", 0.7, "bio", 600, 640,
                        "heldOffice/resigned"),
                new Prediction("birthDate", "Ada Marlowe", "1850-05-03", null, null, 0.95, "bio", 0, 40,
                        "birthDate/infobox")), Predictions.of(result));
    }
}
