package org.biokg.store;

import java.nio.file.Path;

/**
 * Run in a second JVM by the tests: opens a store, says "ready" and keeps it open until its input closes, as a
 * running server in another process would.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (OpenDataset open = BiokgStore.at(Path.of(args[0])).openCurrent()) {
            System.out.println("ready " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the store until the parent closes our input or kills us.
            }
        }
    }
}
