package org.biokg.cli;

import org.biokg.serve.BiokgServer;
import org.biokg.store.BiokgStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Options of the commands that start the server (serve, up). */
public final class ServerOptions {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Password file ('user: password' lines) for the write endpoints; without it writes are off.")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest time a query may run (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--no-query-cache", negatable = false,
            description = "Evaluate every query afresh (by default a repeated query is answered from a cache that every committed write empties).")
    boolean noQueryCache;

    BiokgServer start(BiokgStore store) {
        return BiokgServer.builder()
                .store(store)
                .host(host)
                .port(port)
                .passwordFile(passwordFile)
                .queryTimeout(Duration.ofSeconds(timeoutSeconds))
                .queryCache(!noQueryCache)
                .start();
    }

    static Path storeOrDefault(Path store) {
        return store != null ? store : Defaults.store();
    }
}
