package org.biokg.store;

import org.apache.jena.dboe.DBOpEnvException;
import org.biokg.BiokgException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns TDB2 and file-system failures into one-line messages the user can act on. */
final class StoreErrors {
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    private StoreErrors() {
    }

    /** The process id in TDB2's "Failed to get a lock ... held by process N" message, if there is one. */
    static OptionalLong lockHolder(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DBOpEnvException && c.getMessage() != null) {
                Matcher m = HELD_BY.matcher(c.getMessage());
                if (m.find())
                    return OptionalLong.of(Long.parseLong(m.group(1)));
            }
        }
        return OptionalLong.empty();
    }

    static boolean isLockFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DBOpEnvException && c.getMessage() != null && c.getMessage().contains("Failed to get a lock"))
                return true;
        }
        return false;
    }

    static BiokgException locked(Path root, OptionalLong pid, Throwable cause) {
        String who = pid.isPresent() ? "process " + pid.getAsLong() : "another process";
        return new BiokgException(BiokgException.RUNTIME, "store " + root + " is locked by " + who
                + " (a running 'biokg serve'?); stop it, or query the server with --endpoint URL", cause);
    }

    static BiokgException corrupt(Path root, String detail, Throwable cause) {
        return new Corrupt("store " + root + " is corrupt (" + detail + "); " + rebuild(root), cause);
    }

    /** The store is there but damaged: a build replaces it. */
    static final class Corrupt extends BiokgException {
        Corrupt(String message, Throwable cause) {
            super(BiokgException.RUNTIME, message, cause);
        }
    }

    /** How to replace a corrupt store: a build, told where the store is unless it is the default one. */
    static String rebuild(Path root) {
        return root.normalize().endsWith(BiokgStore.DEFAULT_ROOT) ? "rebuild it with 'biokg build'"
                : "rebuild it with 'biokg build --store " + root + "'";
    }

    static BiokgException noStore(Path root) {
        return new BiokgException(BiokgException.BAD_INPUT, "no store at " + root + "; run 'biokg build' first");
    }

    /** Checks that the root, if present, is a directory this process can read. */
    static void checkReadableRoot(Path root) {
        if (!Files.exists(root))
            return;
        if (!Files.isDirectory(root))
            throw new BiokgException(BiokgException.RUNTIME, "store path " + root + " is not a directory");
        if (!Files.isReadable(root) || !Files.isExecutable(root))
            throw new BiokgException(BiokgException.RUNTIME, "cannot read store directory " + root + " (permission denied)");
    }

    static void checkWritableRoot(Path root) {
        checkReadableRoot(root);
        if (Files.exists(root) && !Files.isWritable(root))
            throw new BiokgException(BiokgException.RUNTIME, "cannot write store directory " + root + " (permission denied)");
    }

    /** A short description of an exception for a one-line message: its simple class name and first line. */
    static String brief(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank())
            return t.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return t.getClass().getSimpleName() + ": " + (nl >= 0 ? m.substring(0, nl) : m);
    }
}
