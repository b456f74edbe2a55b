package org.biokg.store;

import org.apache.jena.dboe.base.file.ProcessFileLock;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database directories ("generations") under a store root: naming new ones, telling which are in use, and
 * deleting the ones nobody serves any more.
 */
final class Generations {
    static final String PREFIX = "tdb-";
    private static final String LOCK_FILE = "tdb.lock";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** Generations opened through {@link BiokgStore#openCurrent()} in this JVM, with their open counts. */
    private static final Map<Path, Integer> OPEN_HERE = new ConcurrentHashMap<>();

    private Generations() {
    }

    /** Creates a fresh, empty directory for a new database. */
    static Path create(Path root, Instant now) throws IOException {
        String base = PREFIX + STAMP.format(now);
        Path dir = root.resolve(base);
        for (int i = 2; Files.exists(dir); i++)
            dir = root.resolve(base + "-" + i);
        return Files.createDirectory(dir);
    }

    /** All generation directories under the root, complete or not. */
    static List<Path> list(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root))
            return out;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path p : ds)
                if (Files.isDirectory(p))
                    out.add(p);
        }
        out.sort(null);
        return out;
    }

    /** True when the directory holds a TDB2 database (its data lives in Data-NNNN sub-directories). */
    static boolean looksLikeDatabase(Path dir) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "Data-*")) {
            return ds.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** True when this JVM has the generation open (it was checked when first opened). */
    static boolean openHere(Path gen) {
        return OPEN_HERE.containsKey(gen.toAbsolutePath().normalize());
    }

    static void opened(Path gen) {
        OPEN_HERE.merge(gen.toAbsolutePath().normalize(), 1, Integer::sum);
    }

    /** Records one close; returns true when nobody in this JVM has the generation open any more. */
    static boolean closed(Path gen) {
        Integer left = OPEN_HERE.computeIfPresent(gen.toAbsolutePath().normalize(), (k, n) -> n > 1 ? n - 1 : null);
        return left == null;
    }

    /**
     * True when this JVM or another process has the database open. Another process is detected by TDB2's own
     * file lock; the lock is probed through TDB2's JVM-wide lock object so that probing never drops a lock this
     * JVM holds (POSIX locks vanish when any descriptor of the file is closed).
     */
    static boolean inUse(Path gen) {
        if (OPEN_HERE.containsKey(gen.toAbsolutePath().normalize()))
            return true;
        Path lockFile = gen.resolve(LOCK_FILE);
        if (!Files.exists(lockFile))
            return false;
        try {
            ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
            if (lock.isLockedHere())
                return true;
            boolean free = lock.tryLock();
            if (free)
                lock.unlock();
            ProcessFileLock.release(lock);
            return !free;
        } catch (RuntimeException e) {
            // Cannot tell: keep it rather than risk deleting a database someone serves.
            return true;
        }
    }

    /** Deletes every generation other than {@code keep} that nobody has open; returns how many went. */
    static int cleanUp(Path root, String keep) throws IOException {
        int removed = 0;
        for (Path gen : list(root)) {
            if (gen.getFileName().toString().equals(keep) || inUse(gen))
                continue;
            if (deleteTree(gen))
                removed++;
        }
        return removed;
    }

    /** Deletes a directory tree; returns false (leaving what could not go) on failure. */
    static boolean deleteTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    if (exc != null)
                        throw exc;
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
