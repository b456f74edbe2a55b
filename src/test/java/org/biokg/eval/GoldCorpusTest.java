package org.biokg.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annotated corpus shipped with the tests: every evidence at its offset, every entity listed (the checks
 * each annotator's own script made, once for all documents), and its measured part big enough to measure.
 */
class GoldCorpusTest {
    private final GoldCorpus corpus = GoldCorpus.load(Path.of("src/test/resources/gold-corpus"));

    @Test
    void everyEvidencePointsAtItsText() throws IOException {
        assertTrue(corpus.documents().size() >= 20);
        evidencePointsAtText(corpus);
    }

    @Test
    void theInventedBiographiesToo() throws IOException {
        GoldCorpus invented = GoldCorpus.load(Path.of("src/test/resources/invented"));
        assertTrue(invented.documents(CorpusPart.MEASURED).size() >= 6, "measured invented documents");
        assertTrue(invented.documents(CorpusPart.DEVELOPMENT).size() >= 6, "development invented documents");
        evidencePointsAtText(invented);
    }

    private static void evidencePointsAtText(GoldCorpus corpus) throws IOException {
        for (GoldDocument d : corpus.documents()) {
            String text = Files.readString(d.text(), StandardCharsets.UTF_8);
            for (GoldFact f : d.gold().facts()) {
                assertTrue(d.gold().entity(f.subject()).isPresent(), d.id() + " " + f.id() + " subject " + f.subject());
                if (!f.relation().dateValued()) {
                    assertTrue(d.gold().entity(f.object()).isPresent(), d.id() + " " + f.id() + " object " + f.object());
                }
                for (GoldEvidence ev : f.evidence()) {
                    assertEquals(ev.text(), text.substring(ev.offset(), ev.end()), d.id() + " " + f.id());
                }
            }
        }
    }

    @Test
    void theMeasuredPartHoldsEnoughOfTheCoreRelations() {
        var measured = corpus.documents(CorpusPart.MEASURED);
        assertTrue(measured.size() >= 8, "measured documents: " + measured.size());
        assertTrue(count("alliedWith") >= 10);
        assertTrue(count("heldOffice") >= 10);
        assertTrue(count("expelledFrom") >= 5);
        // the development corpus of ../shared/gold-corpus stays in the development part
        for (String id : new String[]{"benz", "beria", "curie", "deklerk", "ferrer", "karmal", "kerensky", "widdecombe"}) {
            assertTrue(corpus.documents(CorpusPart.DEVELOPMENT).stream().anyMatch(d -> d.id().equals(id)), id);
        }
    }

    private long count(String relation) {
        return corpus.documents(CorpusPart.MEASURED).stream()
                .flatMap(d -> d.gold().facts().stream())
                .filter(f -> f.relation().id().equals(relation)).count();
    }
}
