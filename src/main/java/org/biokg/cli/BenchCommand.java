package org.biokg.cli;

import org.biokg.BiokgException;
import org.biokg.bench.BenchReport;
import org.biokg.bench.Benchmark;
import org.biokg.bench.ChildJvmRunner;
import org.biokg.bench.PhaseRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code biokg bench [FILE]}: biokg against plain CoreNLP and CoreNLP's KBP pipeline, plus queries and scaling. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        header = "Benchmark biokg against plain CoreNLP and CoreNLP's KBP pipeline, with queries and scaling.",
        // One paragraph a string: picocli wraps it to the terminal (lines broken by hand break again mid-line).
        description = {"Benchmark: on the same cleaned text, times the floor (plain CoreNLP with "
                + "tokenize,ssplit,pos,lemma,ner,depparse) and CoreNLP's KBP relation pipeline, then biokg's cold build "
                + "(no annotation cache) and warm build (cache present), the named queries over HTTP against Fuseki, "
                + "and cold builds of 1x, 2x and 4x the input. Every phase runs in a fresh JVM, so models load cold "
                + "and the peak RSS is that phase's own. Prints one row per figure; --json writes them.",
                "",
                "Takes 10-30 minutes on 2 cores (the KBP pipeline alone 5-15; --skip-kbp leaves it out)."},
        footer = {"",
                "Examples:",
                "  biokg bench                                  # the seed, all figures",
                "  biokg bench --json target/bench.json",
                "  biokg bench --skip-kbp --scaling 1,2 --runs 3 my-biography.txt",
                "  biokg bench --corpus src/test/resources/corpus-sample/bench-100.jsonl.gz"})
public final class BenchCommand implements Callable<Integer> {
    /** Runs the phases; tests replace it. */
    static java.util.function.Function<Path, PhaseRunner> runnerFactory =
            logDir -> new ChildJvmRunner(logDir, ChildJvmRunner.inheritedJvmOptions());

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The biography to measure (default: data/leon-trotsky.txt).")
    Path input;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Runs of the floor, cold and warm builds; the median counts (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--skip-kbp", description = "Leave out CoreNLP's KBP pipeline (the slowest phase).")
    boolean skipKbp;

    @Option(names = "--scaling", paramLabel = "X,...", split = ",", defaultValue = "1,2,4",
            description = "Input multiples for the scaling runs (default: ${DEFAULT-VALUE}); 0 for none.")
    List<Integer> scaling;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "200",
            description = "Timed runs of each named query (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--heap", paramLabel = "SIZE",
            description = "-Xmx of the floor, build and query phases (default: this JVM's, i.e. the launcher's).")
    String heap;

    @Option(names = "--kbp-heap", paramLabel = "SIZE", defaultValue = "12g",
            description = "-Xmx of the KBP phase (default: ${DEFAULT-VALUE}).")
    String kbpHeap;

    @Option(names = "--corpus", paramLabel = "INPUT",
            description = "Instead: corpus figures. Builds the graph of INPUT (a JSON-lines corpus, a folder) on 1 and on 2 "
                    + "threads, caches off, each in a JVM of its own: documents and characters per minute per core, the "
                    + "scaling from 1 to 2 threads, peak memory, the store's load rate, and a projection to 1,381 and "
                    + "1.5 million biographies.")
    Path corpus;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Scratch folder for caches, stores and phase logs (default: a temporary folder, removed after).")
    Path workDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = input != null ? input : Defaults.data().resolve("leon-trotsky.txt");
        if (!Files.isRegularFile(file))
            throw BiokgException.badInput(file + ": no such file");
        if (heap == null)
            heap = ChildJvmRunner.inheritedHeap().orElse("6g");
        if (corpus != null)
            return CorpusBench.run(corpus, heap, workDir, runnerFactory, out, err);
        if (!heap.matches("\\d+[kKmMgG]?") || !kbpHeap.matches("\\d+[kKmMgG]?"))
            throw new BiokgException(BiokgException.USAGE, "--heap and --kbp-heap take a size like 6g or 4096m");
        List<Integer> multiples = scaling.stream().filter(x -> x != 0).toList();
        Path work;
        boolean temporary = workDir == null;
        try {
            work = temporary ? Files.createTempDirectory("biokg-bench-") : Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot create the work folder: " + e.getMessage(), e);
        }
        Benchmark bench = Benchmark.builder()
                .input(file)
                .workDir(work)
                .runner(runnerFactory.apply(work.resolve("logs")))
                .runs(runs)
                .skipKbp(skipKbp)
                .scaling(multiples)
                .queryRuns(queryRuns)
                .heap(heap)
                .kbpHeap(kbpHeap)
                .log(line -> {
                    err.println(line);
                    err.flush();
                })
                .build();
        BenchReport report = bench.run();
        out.print(report.table());
        out.flush();
        if (json != null) {
            try {
                Path parent = json.toAbsolutePath().getParent();
                if (parent != null)
                    Files.createDirectories(parent);
                Files.writeString(json, report.toJsonString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BiokgException(BiokgException.RUNTIME, "cannot write " + json + ": " + e.getMessage(), e);
            }
            out.println("wrote " + json);
        }
        if (temporary)
            deleteTree(work);
        return 0;
    }

    /** Removes the scratch folder; on failure it stays, with the phase logs the error message names. */
    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
