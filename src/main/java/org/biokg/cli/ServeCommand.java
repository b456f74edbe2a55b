package org.biokg.cli;

import org.biokg.serve.BiokgServer;
import org.biokg.store.BiokgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code biokg serve}: the SPARQL endpoint and web console over the store. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Serves the store with Apache Jena Fuseki: a public, read-only SPARQL endpoint and the web console",
                "on this machine; SPARQL Update and Graph Store writes only with --password-file (HTTP basic auth).",
                "Runs until interrupted (Ctrl-C)."},
        footer = {
                "",
                "Examples:",
                "  biokg serve",
                "  biokg serve --port 8080 --store /var/lib/biokg/store",
                "  biokg serve --password-file passwd      (lines 'user: password'; enables /biokg/update and /biokg/data)",
                "  biokg serve --host 0.0.0.0 --timeout 10  (listen on all interfaces, 10 s query limit)",
                "",
                "Endpoints: /biokg/sparql, /biokg/query and /biokg (SPARQL query), /biokg/get (graph read).",
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

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store", description = "Store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Password file ('user: password' lines) for the write endpoints; without it writes are off.")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest time a query may run (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BiokgServer server = BiokgServer.builder()
                .store(BiokgStore.at(store))
                .host(host)
                .port(port)
                .passwordFile(passwordFile)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                .start();
        out.println("biokg: serving " + server.storeLocation().map(Path::toString).orElse(store.toString()));
        server.banner().forEach(out::println);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        awaitStop.accept(server);
        return 0;
    }
}
