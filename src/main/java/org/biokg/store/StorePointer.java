package org.biokg.store;

import org.biokg.BiokgException;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The small file that names the complete database a store serves. A load writes a new database first and only
 * then replaces this file by an atomic rename, so readers always see either the old or the new generation.
 *
 * @param generation directory name of the database under the store root
 * @param loadedAt   when the load finished
 * @param triples    triples in the default graph
 * @param quads      statements in named graphs
 */
public record StorePointer(String generation, Instant loadedAt, long triples, long quads) {
    /** File name of the pointer in the store root. */
    public static final String FILE_NAME = "CURRENT";

    /** Reads the pointer of a store root; empty when the store has never been loaded. */
    static Optional<StorePointer> read(Path root) {
        Path file = root.resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot read store directory " + root + ": " + e.getMessage(), e);
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
            String generation = p.getProperty("generation");
            if (generation == null || generation.isBlank() || generation.contains("/") || generation.contains(".."))
                throw new IllegalArgumentException("no generation");
            return Optional.of(new StorePointer(generation.trim(),
                    Instant.parse(p.getProperty("loaded", "").trim()),
                    Long.parseLong(p.getProperty("triples", "0").trim()),
                    Long.parseLong(p.getProperty("quads", "0").trim())));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            throw new CorruptPointerException("store " + root + " is corrupt: unreadable " + FILE_NAME
                    + " file; " + StoreErrors.rebuild(root), e);
        }
    }

    /** The pointer file is there but does not say which database to serve. */
    static final class CorruptPointerException extends BiokgException {
        CorruptPointerException(String message, Throwable cause) {
            super(BiokgException.RUNTIME, message, cause);
        }
    }

    /** Writes the pointer next to the old one and renames it into place in one step. */
    void writeAtomically(Path root) throws IOException {
        Properties p = new Properties();
        p.setProperty("generation", generation);
        p.setProperty("loaded", loadedAt.toString());
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("quads", Long.toString(quads));
        StringWriter w = new StringWriter();
        p.store(w, "biokg store: the database being served (replaced atomically by each load)");
        Path tmp = root.resolve(FILE_NAME + ".tmp");
        Files.writeString(tmp, w.toString(), StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, root.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory(root);
    }

    /** Makes the rename durable where the platform allows syncing a directory (Linux does; others may not). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Best effort only.
        }
    }
}
