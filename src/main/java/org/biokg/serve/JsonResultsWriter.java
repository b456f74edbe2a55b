package org.biokg.serve;

import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sys.JenaSystem;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * SPARQL 1.1 JSON results ({@code application/sparql-results+json}) written compactly, one binding per line.
 * <p>
 * Same results as Jena's own writer, which pretty-prints through an indenting writer one character at a time:
 * for the views' larger answers (100 KB) that was a quarter of the server's time per request and twice the
 * bytes. {@link #install()} makes it the JSON results writer of this JVM (Fuseki's responses, {@code biokg query
 * --format json}); ASK answers keep Jena's writer.
 */
public final class JsonResultsWriter implements RowSetWriter {
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    private static final int BUFFER = 16 * 1024;
    private static volatile boolean installed;

    /** Registers this writer for SPARQL JSON results (once; later calls do nothing). */
    public static void install() {
        if (installed)
            return;
        synchronized (JsonResultsWriter.class) {
            if (!installed) {
                // Jena's initialisation registers its own writer: it has to come first.
                JenaSystem.init();
                RowSetWriterFactory factory = lang -> {
                    if (!ResultSetLang.RS_JSON.equals(lang))
                        throw new ResultSetException("JSON results writer asked for " + lang);
                    return new JsonResultsWriter();
                };
                RowSetWriterRegistry.register(ResultSetLang.RS_JSON, factory);
                installed = true;
            }
        }
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        write(w, rowSet, context);
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        try {
            new Rows(out, context).write(rowSet);
            out.flush();
        } catch (IOException e) {
            throw new RuntimeIOException(e);
        }
    }

    /** ASK: Jena's own writer (a few bytes, nothing to gain). */
    @Override
    public void write(OutputStream out, boolean result, Context context) {
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(out, result, context);
    }

    /** The state of writing one result set: the output and the blank node labels. */
    private static final class Rows {
        private final Writer out;
        private final NodeToLabel labels;

        Rows(Writer out, Context context) {
            this.out = out;
            boolean asGiven = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
            this.labels = asGiven ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel();
        }

        void write(RowSet rowSet) throws IOException {
            List<Var> vars = rowSet.getResultVars();
            out.write("{\"head\":{\"vars\":[");
            for (int i = 0; i < vars.size(); i++) {
                if (i > 0)
                    out.write(',');
                string(vars.get(i).getVarName());
            }
            out.write("]},\n\"results\":{\"bindings\":[");
            boolean first = true;
            while (rowSet.hasNext()) {
                Binding b = rowSet.next();
                out.write(first ? "\n{" : ",\n{");
                first = false;
                boolean firstVar = true;
                for (Var v : vars) {
                    Node n = b.get(v);
                    if (n == null)
                        continue;
                    if (!firstVar)
                        out.write(',');
                    firstVar = false;
                    string(v.getVarName());
                    out.write(':');
                    term(n);
                }
                out.write('}');
            }
            out.write("\n]}}\n");
        }

        private void term(Node n) throws IOException {
            if (n.isURI()) {
                out.write("{\"type\":\"uri\",\"value\":");
                string(n.getURI());
            } else if (n.isLiteral()) {
                out.write("{\"type\":\"literal\",");
                String lang = n.getLiteralLanguage();
                String datatype = n.getLiteralDatatypeURI();
                if (lang != null && !lang.isEmpty()) {
                    out.write("\"xml:lang\":");
                    string(lang);
                    out.write(',');
                } else if (datatype != null && !XSD_STRING.equals(datatype)) {
                    out.write("\"datatype\":");
                    string(datatype);
                    out.write(',');
                }
                out.write("\"value\":");
                string(n.getLiteralLexicalForm());
            } else if (n.isBlank()) {
                out.write("{\"type\":\"bnode\",\"value\":");
                // the label comes as "_:label"
                string(labels.get(null, n).substring(2));
            } else if (n.isNodeTriple()) {
                Triple t = n.getTriple();
                out.write("{\"type\":\"triple\",\"value\":{\"subject\":");
                term(t.getSubject());
                out.write(",\"predicate\":");
                term(t.getPredicate());
                out.write(",\"object\":");
                term(t.getObject());
                out.write('}');
            } else {
                throw new ResultSetException("cannot write " + n + " in SPARQL JSON results");
            }
            out.write('}');
        }

        /** A JSON string: quotes, backslashes and control characters escaped. */
        private void string(String s) throws IOException {
            out.write('"');
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                String esc = switch (c) {
                    case '"' -> "\\\"";
                    case '\\' -> "\\\\";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    // JSON allows these two, JavaScript source does not: escaped for pages that embed results.
                    case '\u2028' -> "\\u2028";
                    case '\u2029' -> "\\u2029";
                    default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
                };
                if (esc != null) {
                    out.write(s, from, i - from);
                    out.write(esc);
                    from = i + 1;
                }
            }
            out.write(s, from, s.length() - from);
            out.write('"');
        }
    }
}
