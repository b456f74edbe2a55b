package org.biokg.store;

import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Lets one load at a time write into a store root, across processes and threads. */
final class LoadLock implements AutoCloseable {
    static final String FILE_NAME = "load.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private LoadLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LoadLock acquire(Path root) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(root.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null)
                throw busy(root, null);
            return new LoadLock(ch, l);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw busy(root, e);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new BiokgException(BiokgException.RUNTIME, "cannot write store directory " + root + ": " + e.getMessage(), e);
        } catch (BiokgException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static BiokgException busy(Path root, Throwable cause) {
        return new BiokgException(BiokgException.RUNTIME, "store " + root + " is being loaded by another build; wait for it to finish", cause);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null)
            return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // Nothing to do.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel releases it anyway.
        }
        closeQuietly(channel);
    }
}
