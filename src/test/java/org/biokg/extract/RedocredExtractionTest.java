package org.biokg.extract;

import org.biokg.TestPipelines;
import org.biokg.eval.Predictions;
import org.biokg.eval.redocred.RedocredBenchmark;
import org.biokg.eval.redocred.RedocredDocument;
import org.biokg.eval.redocred.RedocredLoader;
import org.biokg.eval.redocred.RedocredReport;
import org.biokg.eval.redocred.RedocredResult;
import org.biokg.eval.redocred.WikidataAlignment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor on biographies it was never tuned on: Re-DocRED documents (Wikipedia lead sections).
 * Facts are mapped to Wikidata properties through the ontology's alignment and must agree with the
 * documents' human labels.
 */
class RedocredExtractionTest {
    /** The first documents of the person subset, in file order: not chosen by how well they score. */
    private static final int DOCUMENTS = Integer.getInteger("redocred.documents", 12); // -Dredocred.documents=101: all of them

    @Test
    void factsOnUnseenBiographiesAgreeWithTheirLabels() {
        List<RedocredDocument> docs = RedocredLoader.fromClasspath("redocred/dev_revised_persons.json").subList(0, DOCUMENTS);
        RedocredResult r = new RedocredBenchmark(WikidataAlignment.standard()).runDocuments(docs,
                d -> Predictions.of(TestPipelines.read(d.title() + ".txt", d.text()).result()));
        String table = RedocredReport.table(r);
        System.out.println(table);
        assertTrue(r.totals().correct() >= 10, "correct facts: " + r.totals().correct() + "\n" + table);
        assertTrue(r.totals().precision() >= 0.5, "precision " + r.totals().precision() + "\n" + table);
        assertTrue(r.score("P569").truePositives() >= 3, "birth dates\n" + table);
        assertTrue(r.score("P19").truePositives() >= 2, "birth places\n" + table);
    }
}
