package org.biokg.serve;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.biokg.BiokgException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Writes a query's results in the formats of {@code biokg query}. CSV, TSV and JSON results and N-Triples are
 * written row by row as the query yields them; only the text table (which needs every row for its column
 * widths) and Turtle/JSON-LD (which group statements) hold the whole answer.
 */
final class ResultFormats {
    private ResultFormats() {
    }

    static void write(Query query, QueryExecution qe, QueryRunner.Format format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case TABLE -> {
                    java.io.Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                    ResultTable.write(w, rs, DisplayPrefixes.with(query.getPrefixMapping()), TerminalWidth.columns());
                    try {
                        w.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                case CSV -> ResultSetFormatter.outputAsCSV(out, PlainResults.of(rs));
                case TSV -> ResultSetFormatter.outputAsTSV(out, PlainResults.of(rs));
                case JSON -> ResultSetFormatter.outputAsJSON(out, PlainResults.of(rs));
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case TABLE -> text(out, b ? "yes\n" : "no\n");
                case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                case JSON -> ResultSetFormatter.outputAsJSON(out, b);
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            if (format == QueryRunner.Format.CSV || format == QueryRunner.Format.TSV) {
                Iterator<Triple> triples = query.isConstructType() ? qe.execConstructTriples() : qe.execDescribeTriples();
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
                stream.start();
                StreamRDFOps.sendTriplesToStream(triples, stream);
                stream.finish();
                return;
            }
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, format == QueryRunner.Format.JSON ? Lang.JSONLD : Lang.TURTLE);
        } else {
            throw BiokgException.badInput("unsupported query type: only SELECT, ASK, CONSTRUCT and DESCRIBE run here");
        }
    }

    private static void text(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
