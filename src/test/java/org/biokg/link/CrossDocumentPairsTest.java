package org.biokg.link;

import org.biokg.TestPipelines;
import org.biokg.eval.MergePairs;
import org.biokg.extract.ExtractionResult;
import org.biokg.text.Corpus;
import org.biokg.text.SourceReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-document entities against pairs judged by hand from the sentences alone (src/test/resources/
 * cross-document: drawn at random among names that share a word, before and without looking at biokg's
 * decisions). The 20-biography sample holds the documents of 175 of the 263 pairs; the other pairs need the
 * 100-document benchmark corpus (`biokg eval --gold …/pairs.tsv …/bench-100.jsonl.gz`; figures in the README).
 */
class CrossDocumentPairsTest {
    @Test
    void mergesOnTheSampleArePreciseAndFindMostOfTheSamePairs() {
        List<ExtractionResult> results = new ArrayList<>();
        for (Corpus.Entry e : Corpus.of(List.of(Path.of("src/test/resources/corpus-sample/biographies.jsonl.gz")), new SourceReader())) {
            results.add(TestPipelines.reader().read(e.read()).result());
        }
        // consolidated first, as build, the Spark job and 'biokg eval --gold pairs.tsv' do
        List<ExtractionResult> consolidated = DocumentConsolidation.apply(results);
        List<ExtractionResult> merged = CrossDocumentEntities.apply(consolidated, CrossDocumentEntities.find(consolidated));
        MergePairs.Result r = MergePairs.score(MergePairs.read(Path.of("src/test/resources/cross-document/pairs.tsv")), consolidated, merged);
        System.out.println(r.report());
        r.errors().forEach(System.out::println);
        int judged = r.truePositives() + r.falsePositives() + r.falseNegatives() + r.trueNegatives();
        // 150 before the fourteenth session, 146 before the fifteenth; bare titles the pairs were drawn on ("Minister",
        // "Chief", "Leader") are since named in full in some documents ("Minister of finance"; "Minister of War" for
        // the misread "Minister of War General"; "Afghan President" one post with "President of Afghanistan" in its
        // document), which takes their pairs (all thirteen judged different) out; 128 since the seventeenth, where a
        // bare lower-case title right before a name is an occupation, not a post ("the commander Ann Roe")
        assertTrue(judged >= 125, "most pairs of the sample's documents are found: " + r.report());
        assertTrue(r.precision() >= 0.95, r.report());
        assertTrue(r.recall() >= 0.85, r.report());
    }
}
