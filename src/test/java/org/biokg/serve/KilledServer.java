package org.biokg.serve;

import org.biokg.store.BiokgStore;

import java.nio.file.Path;

/** Run in a second JVM by {@link ServerKillTest}: serves a store with writes on and says its port, until killed. */
public final class KilledServer {
    private KilledServer() {
    }

    public static void main(String[] args) throws Exception {
        BiokgServer server = BiokgServer.builder().store(BiokgStore.at(Path.of(args[0]))).port(0)
                .passwordFile(Path.of(args[1])).start();
        System.out.println("port " + server.port());
        System.out.flush();
        server.join();
    }
}
