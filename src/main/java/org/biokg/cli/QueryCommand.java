package org.biokg.cli;

import org.apache.jena.query.Query;
import org.biokg.BiokgException;
import org.biokg.serve.NamedQueries;
import org.biokg.serve.NamedQuery;
import org.biokg.serve.QueryParameters;
import org.biokg.serve.QueryRunner;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code biokg query}: runs a named query or a .rq file over the store or a SPARQL endpoint. */
@Command(name = "query",
        header = "Run a named query or a SPARQL file over the store or an endpoint.",
        mixinStandardHelpOptions = true,
        description = {"Runs a named query (see --list) or a SPARQL file over the store, or over a running endpoint with --endpoint, and prints the results."},
        footer = {
                "",
                "Examples:",
                "  biokg query --list",
                "  biokg query allies",
                "  biokg query timeline --format csv",
                "  biokg query my-question.rq --format json",
                "  biokg query offices --endpoint http://127.0.0.1:3030/biokg/sparql",
                "  biokg query born-in --param placeWords=london",
                "",
                "Formats: table (default; Turtle for CONSTRUCT), csv (N-Triples for CONSTRUCT), json (SPARQL JSON results;",
                "JSON-LD for CONSTRUCT).",
                "Exit codes: 0 ok, 1 usage error, 2 bad input (unknown name, malformed SPARQL, no store), 3 runtime failure",
                "(store locked, endpoint unreachable)."})
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE",
            description = "A named query (file name without .rq) or a .rq file.")
    String target;

    @Option(names = "--list", description = "List the named queries with what each answers.")
    boolean list;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", defaultValue = "data/store", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Fill the query's VALUES ?NAME { UNDEF } line, e.g. --param placeWords=london or --param focus=res:Ada_Lovelace.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint instead of the store, e.g. http://127.0.0.1:3030/biokg/sparql.")
    String endpoint;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            List<NamedQuery> all = NamedQueries.all();
            int width = all.stream().mapToInt(q -> q.name().length()).max().orElse(0);
            for (NamedQuery q : all)
                out.println(String.format("%-" + width + "s  %s", q.name(), q.description()));
            out.flush();
            return 0;
        }
        if (target == null)
            throw new BiokgException(BiokgException.USAGE, "give a query NAME or FILE, or --list to see the names");
        QueryRunner.Format fmt = QueryRunner.Format.parse(format);
        Query query = load(target, params);
        String result;
        if (endpoint != null) {
            result = QueryRunner.run(query, endpoint, fmt);
        } else {
            try (OpenDataset open = BiokgStore.at(store).openCurrent()) {
                result = QueryRunner.run(query, open.dataset(), fmt);
            }
        }
        out.print(result);
        out.flush();
        return 0;
    }

    private static boolean looksLikeFile(String t) {
        return t.endsWith(".rq") || t.endsWith(".sparql") || t.contains("/") || t.contains("\\") || Files.exists(Path.of(t));
    }

    private static Query load(String target, Map<String, String> params) {
        if (looksLikeFile(target)) {
            Path file = Path.of(target);
            if (!Files.isRegularFile(file))
                throw BiokgException.badInput("no such query file: " + target);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                throw BiokgException.badInput("query file " + target + " is not UTF-8 text");
            } catch (IOException e) {
                throw BiokgException.badInput("cannot read query file " + target + ": " + e.getMessage());
            }
            return QueryRunner.parse(QueryParameters.bind(text, params, target), target);
        }
        NamedQuery named = NamedQueries.find(target).orElseThrow(() -> BiokgException.badInput(
                "unknown query '" + target + "'; named queries: " + String.join(", ", NamedQueries.names())
                + " (or give a .rq file)"));
        return QueryRunner.parse(QueryParameters.bind(named.text(), params, named.name()), named.name() + ".rq");
    }
}
