package org.biokg.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.sql.SparkSession;
import org.biokg.BiokgException;
import org.biokg.nlp.PipelineSettings;
import org.biokg.rdf.GraphBuilder;
import org.biokg.text.SourceReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code biokg-spark}: the build of a large corpus on Apache Spark. Submitted with {@code spark-submit --class
 * org.biokg.spark.SparkBuild target/biokg-spark.jar ...}, or run in local mode with {@code --master local[N]}.
 */
@Command(name = "biokg-spark",
        header = "Build the graph of a large corpus on Apache Spark: facts, extraction results and N-Quads for TDB2.",
        mixinStandardHelpOptions = true,
        versionProvider = SparkBuild.Version.class,
        description = {"Reads a JSON-lines corpus (one {\"id\", \"title\", \"text\"} object a line, .jsonl or .jsonl.gz, "
                + "on any file system Hadoop reads: a local path, hdfs://, s3a://), reads each document's facts on the "
                + "executors (text, CoreNLP and extraction; one CoreNLP pipeline per executor JVM), merges the entities "
                + "that several documents share (Spark joins) and writes to OUT: facts/ (the rows of 'biokg facts "
                + "--json'), results/ (each document's extraction result), merges.jsonl, failed.jsonl (the documents "
                + "that could not be read, and why) and graph.nq (the whole graph as N-Quads, assembled on the driver; "
                + "load it with tdb2.tdbloader or tdb2.xloader). A document that fails is skipped and listed, never "
                + "fatal."},
        footer = {"",
                "Examples:",
                "  spark-submit --master yarn --deploy-mode cluster --executor-memory 6g --executor-cores 2 \\",
                "      --class org.biokg.spark.SparkBuild target/biokg-spark.jar \\",
                "      --input hdfs:///corpora/shelf.jsonl.gz --output hdfs:///biokg/shelf --partitions 400",
                "  java -Xmx8g -cp \"target/biokg-spark.jar:$SPARK_HOME/jars/*\" org.biokg.spark.SparkBuild \\",
                "      --master 'local[2]' --input corpus.jsonl.gz --output out/",
                "  tdb2.tdbloader --loc store/ out/graph.nq && biokg serve --store store/",
                "",
                "Exit codes: 0 ok, 1 usage error, 2 bad input (no corpus, output exists), 3 some documents failed",
                "(listed in OUT/failed.jsonl; the others are in the output) or the Spark job failed."})
public final class SparkBuild implements Callable<Integer> {
    /** The version from the jar's manifest ("dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SparkBuild.class.getPackage().getImplementationVersion();
            return new String[]{"biokg-spark " + (v != null ? v : "dev")};
        }
    }

    /** The most partitions a run may ask for. */
    static final int MAX_PARTITIONS = 1_000_000;
    private static final int MAX_THREADS = 256;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A JSON-lines corpus (.jsonl, .ndjson, either .gz) or a folder of them; local, hdfs:// or s3a://. "
                    + "Repeatable.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "Output folder (local, hdfs:// or s3a://); must not exist unless --overwrite.")
    String output;

    Integer partitions;

    @Option(names = "--partitions", paramLabel = "N",
            description = "How many partitions the documents are spread over (default: Spark's default parallelism). "
                    + "A few times the executor cores of the cluster balances long and short biographies.")
    void partitions(int n) {
        if (n < 1 || n > MAX_PARTITIONS) {
            throw usage("--partitions must be between 1 and " + MAX_PARTITIONS + ", not " + n);
        }
        partitions = n;
    }

    double threshold = GraphBuilder.DEFAULT_THRESHOLD;

    @Option(names = "--threshold", paramLabel = "C", defaultValue = "" + GraphBuilder.DEFAULT_THRESHOLD,
            description = "Facts below this confidence (0 to 1) go to the candidates graph (default: ${DEFAULT-VALUE}).")
    void threshold(double c) {
        if (!(c >= 0 && c <= 1)) {
            throw usage("--threshold must be between 0 and 1, not " + c);
        }
        threshold = c;
    }

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for a run without spark-submit, e.g. local[4] (default: what spark-submit sets).")
    String master;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "A folder on each executor's local disk for the CoreNLP annotation and extraction caches "
                    + "(default: no cache).")
    String cacheDir;

    @Option(names = "--coref", paramLabel = "ALGO", defaultValue = "none",
            description = "Coreference: none (biokg's subject-centred pronoun resolution; default) or statistical.")
    String coref;

    int threads = 1;

    @Option(names = "--threads", paramLabel = "N",
            description = "CoreNLP threads per task (default: 1; Spark runs one task per executor core).")
    void threads(int n) {
        if (n < 1 || n > MAX_THREADS) {
            throw usage("--threads must be between 1 and " + MAX_THREADS + ", not " + n);
        }
        threads = n;
    }

    long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SourceReader.DEFAULT_MAX_BYTES,
            description = "Documents whose text is over N bytes fail (default: ${DEFAULT-VALUE}).")
    void maxBytes(long n) {
        if (n < 1 || n > SourceReader.MAX_ARRAY) {
            throw usage("--max-bytes must be between 1 and " + SourceReader.MAX_ARRAY + ", not " + n);
        }
        maxBytes = n;
    }

    @Option(names = "--base-iri", paramLabel = "IRI", description = "Base IRI of the data (default: https://w3id.org/biokg/resource/).")
    String baseIri;

    Instant startedAt;

    @Option(names = "--started-at", paramLabel = "TIME",
            description = "The run's start time recorded in the graph, e.g. 2025-01-31T12:00:00Z (default: now); "
                    + "fixed for reproducible output.")
    void startedAt(String time) {
        try {
            startedAt = Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw usage("--started-at must be an ISO 8601 instant such as 2025-01-31T12:00:00Z, not '" + time + "'");
        }
    }

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    boolean overwrite;

    /** A session given by the caller (tests), used and left running; without it the command starts and stops one. */
    private final SparkSession session;

    public SparkBuild() {
        this(null);
    }

    SparkBuild(SparkSession session) {
        this.session = session;
    }

    public static void main(String[] args) {
        int code = run(null, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs one command line and returns its exit code; with {@code spark} null the command starts its own session
     * (and stops it when done).
     */
    public static int run(SparkSession spark, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkBuild(spark));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof BiokgException b ? b.exitCode() : BiokgException.RUNTIME);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("biokg: " + ex.getMessage());
            c.getErr().println("Try 'biokg-spark --help' for more information.");
            return BiokgException.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            if (ex instanceof BiokgException b) {
                c.getErr().println("biokg: " + b.getMessage());
                return b.exitCode();
            }
            c.getErr().println("biokg: " + (ex instanceof SparkException ? "the Spark job failed: " : "internal error: ")
                    + firstLine(String.valueOf(ex.getMessage() == null ? ex : ex.getMessage())));
            if (Boolean.getBoolean("biokg.debug") || System.getenv("BIOKG_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("(set BIOKG_DEBUG=1 for the stack trace)");
            }
            return BiokgException.RUNTIME;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        PipelineSettings.Coref algo = switch (coref.toLowerCase(Locale.ROOT)) {
            case "none" -> PipelineSettings.Coref.NONE;
            case "statistical" -> PipelineSettings.Coref.STATISTICAL;
            default -> throw usage("--coref must be none or statistical, not '" + coref + "'");
        };
        if (baseIri != null && !baseIri.matches("https?://[^\\s<>\"{}|\\\\^`]+[/#]")) {
            throw usage("--base-iri must be an http(s) IRI ending in / or #, not '" + baseIri + "'");
        }
        SparkJob.Options options = new SparkJob.Options(inputs, output, partitions, threshold, baseIri,
                startedAt != null ? startedAt : Instant.now(), overwrite,
                new ReaderSettings(algo, threads, cacheDir, maxBytes));
        SparkSession spark = session != null ? session : start();
        try {
            if (partitions != null && !spark.conf().contains("spark.sql.shuffle.partitions")) {
                spark.conf().set("spark.sql.shuffle.partitions", partitions);
            }
            SparkJob.Summary s = SparkJob.run(spark, options);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "biokg: %,d documents: %,d read, %,d failed%s%n", s.documents(),
                    s.documents() - s.failed(), s.failed(), s.failed() > 0 ? " (listed in " + output + "/" + SparkJob.FAILED + ")" : "");
            out.printf(Locale.ROOT, "biokg: %,d facts, %,d cross-document entity merges, %,d quads in %s/%s "
                    + "(assembled on the driver in %.1f s)%n", s.facts(), s.merges(), s.quads(), output, SparkJob.GRAPH,
                    s.assemblySeconds());
            out.printf(Locale.ROOT, "biokg: load it with: tdb2.tdbloader --loc STORE %s/%s%n", output, SparkJob.GRAPH);
            out.flush();
            return s.failed() > 0 ? BiokgException.RUNTIME : BiokgException.OK;
        } finally {
            if (session == null) {
                spark.stop();
            }
        }
    }

    private SparkSession start() {
        SparkSession.Builder b = SparkSession.builder().appName("biokg");
        if (master != null) {
            b.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            throw usage("no Spark master: submit the jar with spark-submit, or give --master local[*] for a local run");
        }
        return b.getOrCreate();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
