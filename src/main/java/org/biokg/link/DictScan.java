package org.biokg.link;

import org.biokg.BiokgException;
import org.biokg.Progress;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

/**
 * One pass over a {@link WikiDict}'s file for a batch of wanted keys: one thread inflates the file into chunks,
 * this one scans them, hashing each surface form while looking for its tab, and decodes only the lines whose
 * hash is wanted (a Bloom filter, then the set of hashes, then the key itself).
 */
final class DictScan {
    private static final int BLOOM_BITS = 1 << 22;
    private static final int CHUNK = 1 << 20;
    /** Marks the end of the chunks. */
    private static final byte[] END = new byte[0];

    private final String name;
    private final DictSource source;
    private final int readFailure;

    /** {@code readFailure}: the exit code of a read error (runtime for CoreNLP's file, bad input for a user's). */
    DictScan(String name, DictSource source, int readFailure) {
        this.name = name;
        this.source = source;
        this.readFailure = readFailure;
    }

    /**
     * Reads the whole file once, keeping the lines whose key is one of {@code keys}.
     *
     * @return the entries found, by key; a key not found is not in the map
     */
    Map<String, List<DictEntry>> read(Set<String> keys, Progress progress) {
        BitSet bloom = new BitSet(BLOOM_BITS);
        Set<Long> hashes = new HashSet<>();
        for (String k : keys) {
            byte[] b = SurfaceKey.bytes(k);
            long h = SurfaceKey.hash(b, 0, b.length);
            hashes.add(h);
            bloom.set((int) (h & (BLOOM_BITS - 1)));
        }
        Map<String, List<DictEntry>> found = new HashMap<>();
        progress.startBytes("linking entities: reading the WikiDict", source.size());
        // Inflating takes about as long as scanning: a second thread inflates while this one scans.
        BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
        AtomicReference<IOException> failure = new AtomicReference<>();
        Thread inflater = new Thread(() -> inflate(chunks, failure, progress), "biokg-wikidict-reader");
        inflater.setDaemon(true);
        inflater.start();
        try {
            byte[] buf = new byte[2 * CHUNK];
            int len = 0;
            for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                if (len + chunk.length > buf.length) {
                    buf = Arrays.copyOf(buf, len + chunk.length);
                }
                System.arraycopy(chunk, 0, buf, len, chunk.length);
                len += chunk.length;
                int lineStart = scan(buf, len, bloom, hashes, keys, found);
                System.arraycopy(buf, lineStart, buf, 0, len - lineStart);
                len -= lineStart;
            }
            if (failure.get() != null) {
                IOException e = failure.get();
                throw new BiokgException(readFailure, "cannot read the WikiDict " + name + ": " + e.getMessage(), e);
            }
            if (len > 0) {
                // The last line has no newline.
                buf = Arrays.copyOf(buf, len + 1);
                buf[len] = '\n';
                scan(buf, len + 1, bloom, hashes, keys, found);
            }
        } catch (InterruptedException e) {
            inflater.interrupt();
            Thread.currentThread().interrupt();
            throw new BiokgException(BiokgException.RUNTIME, "interrupted while reading the WikiDict", e);
        } finally {
            progress.finish();
        }
        return found;
    }

    /** Inflates the file into chunks of {@link #CHUNK} bytes, then {@link #END}; an I/O failure ends it early. */
    private void inflate(BlockingQueue<byte[]> chunks, AtomicReference<IOException> failure, Progress progress) {
        try (CountingStream counted = new CountingStream(new BufferedInputStream(source.open(), 1 << 16));
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted) {
            long lastReport = 0;
            while (true) {
                byte[] chunk = new byte[CHUNK];
                int n = in.readNBytes(chunk, 0, CHUNK);
                if (n <= 0) {
                    break;
                }
                chunks.put(n == CHUNK ? chunk : Arrays.copyOf(chunk, n));
                if (counted.count - lastReport > (4 << 20)) {
                    lastReport = counted.count;
                    progress.update(counted.count);
                }
            }
        } catch (IOException e) {
            failure.set(e);
        } catch (InterruptedException e) {
            return;
        }
        try {
            chunks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Looks at the complete lines of {@code b[0, len)}: each surface form is hashed while looking for its tab,
     * and only the lines whose hash is wanted are decoded. Returns where the incomplete last line starts.
     */
    private static int scan(byte[] b, int len, BitSet bloom, Set<Long> hashes, Set<String> keys,
                            Map<String, List<DictEntry>> found) {
        int lineStart = 0;
        while (true) {
            long h = 0xcbf29ce484222325L;
            int j = lineStart;
            while (j < len && b[j] != '\t' && b[j] != '\n') {
                int c = b[j] & 0xff;
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                }
                h ^= c;
                h *= 0x100000001b3L;
                j++;
            }
            int tab = j;
            while (j < len && b[j] != '\n') {
                j++;
            }
            if (j >= len) {
                return lineStart;
            }
            if (tab > lineStart && tab < j && bloom.get((int) (h & (BLOOM_BITS - 1))) && hashes.contains(h)) {
                line(b, lineStart, tab, j, keys, found);
            }
            lineStart = j + 1;
        }
    }

    /** A candidate line: decoded, checked against the wanted keys and kept. */
    private static void line(byte[] b, int from, int tab, int to, Set<String> keys, Map<String, List<DictEntry>> found) {
        if (to > tab && b[to - 1] == '\r') {
            to--;
        }
        String surface = new String(b, from, tab - from, StandardCharsets.UTF_8);
        String key = SurfaceKey.of(surface);
        if (!keys.contains(key)) {
            return;
        }
        String[] rest = new String(b, tab + 1, to - tab - 1, StandardCharsets.UTF_8).split("\t");
        if (rest.length < 2 || rest[0].isEmpty()) {
            return;
        }
        double score;
        try {
            score = Double.parseDouble(rest[1].strip());
        } catch (NumberFormatException e) {
            return;
        }
        found.computeIfAbsent(key, k -> new ArrayList<>()).add(new DictEntry(surface, rest[0], Math.max(0, Math.min(1, score))));
    }

    /** Counts the (compressed) bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
