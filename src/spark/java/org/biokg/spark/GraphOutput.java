package org.biokg.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.spark.sql.Row;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.ResultJson;
import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.OntologyGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The graph of the whole corpus, assembled on the driver from the (merged) extraction results exactly as
 * {@code biokg build} assembles it ({@link GraphBuilder}, the ontology beside the data as in the store), and
 * written as N-Quads, the format TDB2's bulk loaders read fastest. The current limit of the job: the driver holds
 * every result and the graph in memory.
 */
final class GraphOutput {
    private static final Logger LOG = LoggerFactory.getLogger(GraphOutput.class);

    private GraphOutput() {
    }

    /** What was written: documents, facts and quads, and the seconds assembly and writing took. */
    record Written(long documents, long facts, long quads, double assemblySeconds, double writeSeconds) {
    }

    /**
     * Assembles the graph from rows (documentId, sha256, result line) in corpus order and writes it to
     * {@code file}.
     */
    static Written write(Iterator<Row> rows, GraphBuilder.Builder builder, Configuration conf, Path file) {
        long t0 = System.nanoTime();
        List<ExtractionResult> results = new ArrayList<>();
        long facts = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            ExtractionResult r = ResultJson.fromLine(row.getString(2));
            builder.sourceDigest(row.getString(0), row.getString(1));
            results.add(r);
            facts += r.facts().size();
        }
        Dataset graph = OntologyGraph.with(builder.build().toDataset(results));
        long t1 = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(create(conf, file), 1 << 16)) {
            RDFDataMgr.write(out, graph, Lang.NQUADS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        long t2 = System.nanoTime();
        DatasetGraph dsg = graph.asDatasetGraph();
        long quads = dsg.getDefaultGraph().size();
        for (Iterator<org.apache.jena.graph.Node> g = dsg.listGraphNodes(); g.hasNext(); ) {
            quads += dsg.getGraph(g.next()).size();
        }
        Written w = new Written(results.size(), facts, quads, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        LOG.info(String.format(Locale.ROOT, "biokg: graph of %d documents assembled on the driver in %.1f s (%.1f documents/s), "
                        + "%d quads written to %s in %.1f s", w.documents(), w.assemblySeconds(),
                w.documents() / Math.max(w.assemblySeconds(), 1e-3), quads, file, w.writeSeconds()));
        return w;
    }

    static OutputStream create(Configuration conf, Path file) throws IOException {
        FileSystem fs = file.getFileSystem(conf);
        return fs.create(file, false);
    }
}
