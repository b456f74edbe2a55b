package org.biokg.cli;

import org.biokg.serve.BiokgServer;
import org.biokg.store.BiokgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code biokg serve}: the SPARQL endpoint and web console over the store. */
@Command(name = "serve",
        header = "Serve the store: SPARQL endpoint, web console and views (Fuseki).",
        mixinStandardHelpOptions = true,
        description = {"Serves the store with Apache Jena Fuseki: a public, read-only SPARQL endpoint and the web console on this machine; SPARQL Update and Graph Store writes only with --password-file (HTTP basic auth). Runs until interrupted (Ctrl-C)."},
        footer = {
                "",
                "Examples:",
                "  biokg serve",
                "  biokg serve --port 8080 --store /var/lib/biokg/store",
                "  biokg serve --password-file passwd      (lines 'user: password'; enables /biokg/update and /biokg/data)",
                "  biokg serve --host 0.0.0.0 --timeout 10  (listen on all interfaces, 10 s query limit)",
                "",
                "Endpoints: /biokg/sparql, /biokg/query and /biokg (SPARQL query), /biokg/get (graph read).",
                "Views: /view/network.html and /view/timeline.html (drawn from the named queries view-*).",
                "Exit codes: 0 ok, 1 usage error, 2 bad input (no store, bad password file), 3 runtime failure (port in use,",
                "store locked)."})
public final class ServeCommand implements Callable<Integer> {
    /** How the command waits once serving; tests replace it to return at once. */
    static Consumer<BiokgServer> awaitStop = server -> {
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "biokg-serve-stop"));
        server.join();
    };

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", description = "Store directory (default: data/store).")
    Path store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path root = ServerOptions.storeOrDefault(store);
        BiokgServer running = server.start(BiokgStore.at(root));
        out.println("biokg: serving " + running.storeLocation().map(Path::toString).orElse(root.toString()));
        running.banner().forEach(out::println);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        awaitStop.accept(running);
        return 0;
    }
}
