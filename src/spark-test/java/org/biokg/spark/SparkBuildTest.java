package org.biokg.spark;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.biokg.TestPipelines;
import org.biokg.extract.ExtractionResult;
import org.biokg.eval.FactJson;
import org.biokg.extract.ResultJson;
import org.biokg.link.CrossDocumentEntities;
import org.biokg.link.DocumentConsolidation;
import org.biokg.link.EntityMerge;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.OntologyGraph;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;
import org.biokg.text.Corpus;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode over the 20-biography sample gives what the in-memory path gives on one machine
 * (BiographyReader, DocumentConsolidation, CrossDocumentEntities, then the graph from GraphBuilder, as {@code biokg
 * build} does): the same merges, facts and extraction results, an isomorphic graph, and N-Quads that TDB2's bulk
 * loader loads into a store biokg serves.
 */
class SparkBuildTest {
    static final Path SAMPLE = Path.of("src/test/resources/corpus-sample/biographies.jsonl.gz");
    static final Instant STARTED = Instant.parse("2025-01-31T12:00:00Z");
    static final Path OUT = Path.of("target/spark-test/sample");

    private static LocalSpark.Run run;
    /** The in-memory path: results as read, the cross-document merges, the results after them, their sources. */
    private static final List<ExtractionResult> read = new ArrayList<>();
    private static List<EntityMerge> merges;
    private static final List<ExtractionResult> expected = new ArrayList<>();
    private static final List<Source> sources = new ArrayList<>();

    @BeforeAll
    static void build() {
        for (Corpus.Entry e : Corpus.of(List.of(SAMPLE), new SourceReader())) {
            Source s = e.read();
            sources.add(s);
            read.add(DocumentConsolidation.apply(TestPipelines.reader().read(s).result()));
        }
        merges = CrossDocumentEntities.find(read);
        expected.addAll(CrossDocumentEntities.apply(read, merges));
        run = LocalSpark.run("--input", SAMPLE.toString(), "--output", OUT.toString(), "--overwrite",
                "--partitions", "4", "--started-at", STARTED.toString());
    }

    @Test
    void readsEveryDocumentOfTheSample() {
        assertEquals(0, run.code(), run.err());
        assertEquals(20, expected.size());
        assertTrue(run.out().contains("20 documents: 20 read, 0 failed"), run.out());
        assertEquals(List.of(), SparkOutput.lines(OUT.resolve("failed.jsonl")));
    }

    @Test
    void mergesAreTheInMemoryStepsMerges() {
        List<String> got = SparkOutput.lines(OUT.resolve("merges.jsonl"));
        assertEquals(merges.size(), got.size(), String.join("\n", got));
        for (int i = 0; i < merges.size(); i++) {
            JsonObject m = JsonParser.parseString(got.get(i)).getAsJsonObject();
            assertEquals(merges.get(i).documentId(), m.get("documentId").getAsString());
            assertEquals(merges.get(i).fromLabel(), m.get("fromLabel").getAsString());
            assertEquals(merges.get(i).intoLabel(), m.get("intoLabel").getAsString());
            assertEquals(merges.get(i).reason(), m.get("reason").getAsString());
        }
        assertTrue(run.out().contains(merges.size() + " cross-document entity merges"), run.out());
    }

    @Test
    void factsAreTheInMemoryPathsFacts() {
        List<String> want = new ArrayList<>();
        expected.forEach(r -> want.addAll(SparkJob.factLines(r)));
        List<String> got = SparkOutput.parts(OUT.resolve("facts"));
        assertTrue(want.size() > 100, "facts of the sample: " + want.size());
        // relation, subject, object, dates, document, offsets, rule, confidence, evidence text: row by row
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList());
    }

    @Test
    void resultsAreTheInMemoryPathsResults() {
        List<String> want = expected.stream().map(ResultJson::toLine).sorted().toList();
        List<String> got = SparkOutput.parts(OUT.resolve("results")).stream()
                .map(line -> ResultJson.toLine(ResultJson.fromLine(line))).sorted().toList();
        assertEquals(want, got);
    }

    @Test
    void nquadsAreGraphBuildersGraph() {
        GraphBuilder.Builder b = GraphBuilder.create().startedAt(STARTED).merges(merges);
        sources.forEach(s -> b.sourceDigest(s.id(), s.sha256()));
        Dataset want = OntologyGraph.with(b.build().toDataset(expected));
        DatasetGraph got = RDFDataMgr.loadDatasetGraph(OUT.resolve("graph.nq").toString());
        assertTrue(IsoMatcher.isomorphic(want.asDatasetGraph(), got), "graph.nq is not the graph of biokg build");
    }

    @Test
    void nquadsLoadWithTdb2sBulkLoaderIntoAStoreBiokgServes() {
        Path dir = Path.of("target/spark-test/store");
        SparkOutput.deleteTree(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(OUT.resolve("graph.nq").toString());
        loader.finishBulk();
        TDBInternal.expel(dsg);

        long lines = SparkOutput.lines(OUT.resolve("graph.nq")).size();
        try (OpenDataset open = BiokgStore.at(dir).openCurrent()) {
            Dataset ds = open.dataset();
            long quads = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
            assertEquals(lines, quads);
            long documents = Txn.calculateRead(ds, () -> {
                try (QueryExecution q = QueryExecution.dataset(ds).query("PREFIX biokg: <https://w3id.org/biokg/ontology#> "
                        + "SELECT (COUNT(?d) AS ?n) { ?d a biokg:SourceDocument }").build()) {
                    return q.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(20, documents);
        }
    }
}
