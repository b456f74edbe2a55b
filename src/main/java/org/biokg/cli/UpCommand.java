package org.biokg.cli;

import org.biokg.rdf.GraphBuilder;
import org.biokg.rdf.GraphWriter;
import org.biokg.serve.BiokgServer;
import org.biokg.store.BiokgStore;
import org.biokg.store.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code biokg up}: the main job — build from data/ when the store is missing or stale, then serve. */
@Command(name = "up",
        header = "The main job: build from data/ when the store is stale, then serve it.",
        mixinStandardHelpOptions = true,
        description = {"Build the graph from the input (default: data/) if the store is missing or older than the input, then serve it with the SPARQL endpoint, the web console and the network and timeline views (/view/). A second 'up' with unchanged input starts serving in seconds."},
        footer = {"",
                "Examples:",
                "  biokg up",
                "  biokg up --port 8080 my-biographies/",
                "  biokg up --rebuild --threshold 0.3"})
public final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    ServerOptions server;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "A biography or a folder of .txt files (default: data/).")
    Path input;

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", description = "Store directory (default: data/store).")
    Path store;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Where the Turtle/TriG exports go (default: data/out).")
    Path out;

    @Option(names = "--threshold", paramLabel = "C", defaultValue = "" + GraphBuilder.DEFAULT_THRESHOLD,
            description = "Facts below this confidence (0 to 1) go to the candidates graph (default: ${DEFAULT-VALUE}).")
    void threshold(double c) {
        threshold = OptionRanges.confidence(spec, "--threshold", c);
    }

    double threshold = GraphBuilder.DEFAULT_THRESHOLD;

    @Option(names = "--rebuild", description = "Build even when the store is up to date.")
    boolean rebuild;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path in = input != null ? input : Defaults.data();
        List<Path> files = BuildCommand.corpus(pipeline, List.of(in)).files();
        BiokgStore st = BiokgStore.at(ServerOptions.storeOrDefault(store));
        if (rebuild || st.isOlderThan(files.toArray(Path[]::new))) {
            err.println("biokg: building the graph from " + in + (st.exists() ? " (the store is older than the input)" : ""));
            BuildCommand.Build b = BuildCommand.build(pipeline, List.of(in), threshold, null, err);
            GraphWriter.Outputs written = GraphWriter.writeOutputs(b.dataset(), out != null ? out : Defaults.out());
            LoadResult loaded = BuildCommand.load(st, b, pipeline.progress(err));
            stdout.println(b.stats().report());
            stdout.printf(Locale.ROOT, "wrote %s; loaded %,d triples into %s%n", written.asserted(), loaded.triples() + loaded.quads(), loaded.location());
            stdout.flush();
            BuildCommand.reportFailures(b, err); // the others are served all the same
        } else {
            err.println("biokg: the store is up to date with " + in + "; serving it (--rebuild to build anyway)");
        }
        BiokgServer running = server.start(st);
        stdout.println("biokg: serving " + running.storeLocation().map(Path::toString).orElse(st.root().toString()));
        running.banner().forEach(stdout::println);
        stdout.println("Named queries:  biokg query --list   (e.g. biokg query allies, biokg query offices, biokg query timeline)");
        stdout.println("Press Ctrl-C to stop.");
        stdout.flush();
        ServeCommand.awaitStop.accept(running);
        return 0;
    }
}
