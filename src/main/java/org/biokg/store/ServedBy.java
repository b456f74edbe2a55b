package org.biokg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a running server leaves in the store it serves ({@value #FILE}: its query URL and process id), so
 * that a command which finds the store locked ({@code biokg query offices} while {@code biokg up} runs) can ask
 * the server instead. Removed when the server stops; a note whose process is gone is ignored.
 */
public record ServedBy(String queryUrl, long pid) {
    public static final String FILE = "biokg-server.properties";

    public void write(Path storeRoot) {
        Properties p = new Properties();
        p.setProperty("query", queryUrl);
        p.setProperty("pid", Long.toString(pid));
        Path tmp = storeRoot.resolve(FILE + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "written by the biokg server that serves this store; removed when it stops");
            }
            try {
                Files.move(tmp, storeRoot.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, storeRoot.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Serving goes on; only the forwarding of locked-store queries is lost.
        }
    }

    /** Removes the note, if it is this server's. */
    public void remove(Path storeRoot) {
        read(storeRoot).filter(this::equals).ifPresent(x -> {
            try {
                Files.deleteIfExists(storeRoot.resolve(FILE));
            } catch (IOException ignored) {
                // a stale note is ignored by its dead pid
            }
        });
    }

    /** The server that serves the store, if one left a note and its process is alive. */
    public static Optional<ServedBy> read(Path storeRoot) {
        Path f = storeRoot.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
            ServedBy s = new ServedBy(p.getProperty("query"), Long.parseLong(p.getProperty("pid")));
            boolean alive = ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false);
            return s.queryUrl() != null && alive ? Optional.of(s) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
