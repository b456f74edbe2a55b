package org.biokg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.biokg.BiokgException;

import java.io.OutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
        /** SELECT and ASK: SPARQL TSV results; CONSTRUCT/DESCRIBE: N-Triples. */
        TSV,
        /** SELECT and ASK: SPARQL JSON results; CONSTRUCT/DESCRIBE: JSON-LD. */
        JSON;

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BiokgException(BiokgException.USAGE, "unknown format '" + s + "'; use table, csv, tsv or json");
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

    /**
     * Runs a query over a local dataset (in a read transaction) and writes the formatted results as they come
     * (CSV, TSV and JSON results are streamed, never held whole). A SERVICE is refused unless
     * {@code allowService}; the query is stopped after {@code timeout}.
     */
    public static void run(Query query, Dataset dataset, Format format, OutputStream out, Duration timeout,
                           boolean allowService) {
        if (!allowService && FederatedQuery.uses(query))
            throw BiokgException.badInput(FederatedQuery.REFUSED + " (add --allow-service to let this query fetch from other endpoints)");
        Runnable exec = () -> {
            Context context = new Context();
            if (!allowService)
                FederatedQuery.forbid(context);
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).context(context)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                ResultFormats.write(query, qe, format, out);
            }
        };
        try {
            if (dataset.supportsTransactions() && !dataset.isInTransaction())
                Txn.executeRead(dataset, exec);
            else
                exec.run();
        } catch (QueryCancelledException e) {
            throw new BiokgException(BiokgException.RUNTIME, "the query took longer than " + seconds(timeout)
                    + " and was stopped (raise --timeout, or narrow the query)", e);
        }
    }

    /** Runs a query on a SPARQL endpoint and writes the formatted results. */
    public static void run(Query query, String endpoint, Format format, OutputStream out, Duration timeout) {
        EndpointErrors.checkUrl(endpoint);
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            ResultFormats.write(query, qe, format, out);
        } catch (BiokgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw EndpointErrors.of(endpoint, e);
        }
    }

    private static String seconds(Duration d) {
        long s = d.toSeconds();
        return s == 1 ? "1 second" : s + " seconds";
    }

    static String firstLine(String s) {
        if (s == null)
            return "";
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).trim();
    }
}
