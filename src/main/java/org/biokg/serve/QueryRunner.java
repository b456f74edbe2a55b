package org.biokg.serve;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.biokg.BiokgException;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a SPARQL query and prints its results, over a local dataset or a remote endpoint. */
public final class QueryRunner {
    /** Output formats of the query command. */
    public enum Format {
        /** SELECT: a text table; ASK: yes/no; CONSTRUCT/DESCRIBE: Turtle. */
        TABLE,
        /** SELECT and ASK: SPARQL CSV results; CONSTRUCT/DESCRIBE: N-Triples. */
        CSV,
        /** SELECT and ASK: SPARQL JSON results; CONSTRUCT/DESCRIBE: JSON-LD. */
        JSON;

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BiokgException(BiokgException.USAGE, "unknown format '" + s + "'; use table, csv or json");
            }
        }
    }

    private static final Pattern POSITION = Pattern.compile("\\s*at line (-?\\d+), column (-?\\d+)\\.?");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"\\s*\\S+\\s+\"(.*?)\\s*\"\"\\s*");
    private static final Pattern LEXICAL_EOF = Pattern.compile("Lexical error\\.?\\s+Encountered: <EOF> after prefix \"(.*)\"\\s*");

    static {
        // the same JSON results as the server writes
        JsonResultsWriter.install();
    }

    private QueryRunner() {
    }

    /**
     * Parses a query; a syntax error becomes a one-line bad-input error naming the source, line and column.
     *
     * @param source where the text came from, for the message (file or query name)
     */
    public static Query parse(String text, String source) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw BiokgException.badInput("malformed SPARQL in " + source + describe(e));
        }
    }

    /**
     * " at line L, column C: what went wrong" for a parse error. The position comes from the message, which
     * names the offending token; the exception's own line and column point at the token before it.
     */
    private static String describe(QueryParseException e) {
        String msg = firstLine(e.getMessage());
        int line = e.getLine();
        int column = e.getColumn();
        Matcher p = POSITION.matcher(msg);
        if (p.find()) {
            line = Integer.parseInt(p.group(1));
            column = Integer.parseInt(p.group(2));
            msg = (msg.substring(0, p.start()) + msg.substring(p.end())).strip();
        }
        Matcher m = ENCOUNTERED.matcher(msg);
        if (m.matches())
            msg = "unexpected \"" + m.group(1) + "\"";
        Matcher eof = LEXICAL_EOF.matcher(msg);
        if (eof.matches())
            msg = "the query ends inside \"" + eof.group(1).replace("\\\"", "\"") + "\"";
        return (line > 0 ? " at line " + line + ", column " + column : "") + ": " + msg;
    }

    /** Runs a query over a local dataset (in a read transaction) and returns the formatted results. */
    public static String run(Query query, Dataset dataset, Format format) {
        Supplier<String> exec = () -> {
            try (QueryExecution qe = QueryExecutionFactory.create(query, dataset)) {
                return format(query, qe, format);
            }
        };
        try {
            return dataset.supportsTransactions() && !dataset.isInTransaction() ? Txn.calculateRead(dataset, exec) : exec.get();
        } catch (QueryCancelledException e) {
            throw new BiokgException(BiokgException.RUNTIME, "the query took too long and was stopped", e);
        }
    }

    /** Runs a query on a SPARQL endpoint and returns the formatted results. */
    public static String run(Query query, String endpoint, Format format) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return format(query, qe, format);
        } catch (QueryExceptionHTTP e) {
            throw httpFailure(endpoint, e.getStatusCode(), e.getMessage(), e);
        } catch (HttpException e) {
            throw httpFailure(endpoint, e.getStatusCode(), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BiokgException(BiokgException.USAGE, "bad endpoint URL '" + endpoint + "': " + e.getMessage(), e);
        }
    }

    private static BiokgException httpFailure(String endpoint, int status, String message, Throwable cause) {
        if (status <= 0) {
            String why = EndpointErrors.reason(cause, endpoint);
            return new BiokgException(BiokgException.RUNTIME, "cannot reach endpoint " + endpoint + ": " + firstLine(why), cause);
        }
        int code = status == 400 ? BiokgException.BAD_INPUT : BiokgException.RUNTIME;
        return new BiokgException(code, "endpoint " + endpoint + " answered HTTP " + status
                + (message != null ? ": " + firstLine(message) : ""), cause);
    }

    private static String format(Query query, QueryExecution qe, Format format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case TABLE -> ResultTable.write(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), rs,
                        DisplayPrefixes.with(query.getPrefixMapping()), TerminalWidth.columns());
                case CSV -> ResultSetFormatter.outputAsCSV(bytes, PlainResults.of(rs));
                case JSON -> ResultSetFormatter.outputAsJSON(bytes, PlainResults.of(rs));
            }
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case TABLE -> write(bytes, b ? "yes\n" : "no\n");
                case CSV -> ResultSetFormatter.outputAsCSV(bytes, b);
                case JSON -> ResultSetFormatter.outputAsJSON(bytes, b);
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Lang lang = switch (format) {
                case TABLE -> Lang.TURTLE;
                case CSV -> Lang.NTRIPLES;
                case JSON -> Lang.JSONLD;
            };
            RDFDataMgr.write(bytes, m, lang);
        } else {
            throw BiokgException.badInput("unsupported query type: only SELECT, ASK, CONSTRUCT and DESCRIBE run here");
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, String s) {
        try {
            out.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String firstLine(String s) {
        if (s == null)
            return "";
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).trim();
    }
}
