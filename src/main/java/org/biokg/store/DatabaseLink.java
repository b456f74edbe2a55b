package org.biokg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code STORE/database}: a symbolic link to the current database, switched atomically with each load (a new
 * link renamed over the old), so Jena's own tools open the store as it is: {@code tdb2.tdbquery --loc
 * data/store/database 'SELECT …'}. The store root itself holds several databases and would make them create an
 * empty one. The pointer file stays the truth biokg reads; a file system without symbolic links only loses
 * this convenience.
 */
final class DatabaseLink {
    static final String NAME = "database";

    private DatabaseLink() {
    }

    static void point(Path root, Path generation) {
        Path tmp = root.resolve(NAME + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, generation.getFileName());
            Files.move(tmp, root.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing to clean
            }
        }
    }
}
