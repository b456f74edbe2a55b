package org.biokg.eval.redocred;

import org.biokg.eval.Prediction;
import org.biokg.extract.Relation;
import org.biokg.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

final class RedocredFixtures {
    static final List<RedocredDocument> PERSONS = RedocredLoader.fromClasspath("redocred/dev_revised_persons.json");

    private RedocredFixtures() {
    }

    static WikidataAlignment alignment() {
        return WikidataAlignment.fromClasspath("eval/alignment-test.ttl");
    }

    static RedocredDocument mini() {
        return RedocredLoader.fromClasspath("eval/redocred-mini.json").get(0);
    }

    /** A document's own labels stated as biokg predictions, through the alignment read backwards. */
    static List<Prediction> labelsAsPredictions(RedocredDocument doc, WikidataAlignment alignment) {
        List<Prediction> out = new ArrayList<>();
        for (Label l : doc.labels()) {
            for (Map.Entry<String, PropertyTarget> e : alignment.relationsFor(l.property()).entrySet()) {
                boolean inverse = e.getValue().inverse();
                int subject = inverse ? l.tail() : l.head();
                int object = inverse ? l.head() : l.tail();
                boolean date = Relation.byId(e.getKey()).orElseThrow().dateValued();
                String objectName = doc.name(object);
                if (date) {
                    objectName = TimeNames.toIso(objectName).orElse(objectName);
                }
                Span sentence = doc.documentText().sentenceSpan(l.evidence().isEmpty() ? 0 : l.evidence().get(0));
                out.add(new Prediction(e.getKey(), doc.name(subject), objectName, null, null, 1.0, doc.title(),
                        sentence.start(), sentence.end(), "label/" + l.property()));
            }
        }
        return out;
    }
}
