package org.biokg.cli;

import org.apache.jena.query.Query;
import org.biokg.BiokgException;
import org.biokg.serve.NamedQueries;
import org.biokg.serve.NamedQuery;
import org.biokg.serve.QueryParameters;
import org.biokg.serve.QueryRunner;
import org.biokg.store.BiokgStore;
import org.biokg.store.OpenDataset;
import org.biokg.store.ServedBy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
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
                "Formats: table (default; Turtle for CONSTRUCT), csv and tsv (N-Triples for CONSTRUCT), json (SPARQL JSON",
                "results; JSON-LD for CONSTRUCT). csv, tsv and json are written as the rows come (any size).",
                "Queries stop after --timeout; SERVICE (federated query) is refused unless --allow-service.",
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
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", defaultValue = "data/store", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Fill the query's VALUES ?NAME { UNDEF } line, e.g. --param placeWords=london or --param focus=res:Ada_Lovelace.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint instead of the store, e.g. http://127.0.0.1:3030/biokg/sparql.")
    String endpoint;

    long timeoutSeconds = 30;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop a query that runs longer, 1 to 86400 (default: ${DEFAULT-VALUE}, as the server).")
    void timeout(long s) {
        timeoutSeconds = OptionRanges.seconds(spec, "--timeout", s, 86_400);
    }

    @Option(names = "--allow-service", description = "Let a query over the store use SERVICE (federated query: "
            + "it fetches from the URLs the query names). Off by default.")
    boolean allowService;

    /** Longest query file read. */
    static final int MAX_QUERY_BYTES = 1024 * 1024;

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
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        // Results go out as they come: a large answer is never held whole (see ResultFormats).
        OutputStream stream = streamTo(out);
        try {
            if (endpoint != null) {
                QueryRunner.run(query, endpoint, fmt, stream, timeout);
            } else {
                BiokgStore st = BiokgStore.at(store);
                Optional<ServedBy> server = ServedBy.read(st.root());
                if (server.isPresent() && server.get().pid() != ProcessHandle.current().pid() && st.currentInUse()) {
                    // `biokg up` holds the store: the running server answers, from the same database.
                    spec.commandLine().getErr().println("biokg: the store is served by " + server.get().queryUrl()
                            + " (process " + server.get().pid() + "); asking it");
                    spec.commandLine().getErr().flush();
                    QueryRunner.run(query, server.get().queryUrl(), fmt, stream, timeout);
                } else {
                    try (OpenDataset open = st.openCurrent()) {
                        QueryRunner.run(query, open.dataset(), fmt, stream, timeout, allowService);
                    }
                }
            }
        } finally {
            flush(stream);
            out.flush();
        }
        return 0;
    }

    private static OutputStream streamTo(PrintWriter out) {
        try {
            return org.apache.commons.io.output.WriterOutputStream.builder().setWriter(out)
                    .setCharset(StandardCharsets.UTF_8).setWriteImmediately(false).get();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void flush(OutputStream stream) {
        try {
            stream.flush();
        } catch (IOException ignored) {
            // The writer underneath reports its own errors.
        }
    }

    private static boolean looksLikeFile(String t) {
        return t.endsWith(".rq") || t.endsWith(".sparql") || t.contains("/") || t.contains("\\") || Files.exists(Path.of(t));
    }

    private static Query load(String target, Map<String, String> params) {
        if (looksLikeFile(target)) {
            Path file = Path.of(target);
            if (!Files.exists(file))
                throw BiokgException.badInput("no such query file: " + target);
            if (!Files.isRegularFile(file))
                throw BiokgException.badInput(target + ": not a regular file (a directory, device, FIFO or socket)");
            String text;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_QUERY_BYTES + 1);
                if (bytes.length > MAX_QUERY_BYTES)
                    throw BiokgException.badInput("query file " + target + " is over " + MAX_QUERY_BYTES + " bytes");
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
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
