package org.biokg.link;

import org.biokg.BiokgException;
import org.biokg.Progress;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's WikiDict: 21 million lines {@code surface TAB title TAB score}, one per surface form (1 GB of
 * text, 195 MB gzipped, in the {@code models-english-kbp} jar). Held whole in a Java map it takes 2.7 GB of
 * heap and a minute to load, so it is never held: {@link #lookup} streams the file once for a batch of names
 * and keeps only the lines whose surface form matches one of them (ignoring ASCII case). Answers are
 * remembered for the life of the instance, so a name costs a pass only the first time it is asked for, and
 * {@link #corenlp()} is one instance per JVM.
 */
public final class WikiDict {
    /** Where CoreNLP keeps the dictionary inside the models-english-kbp jar. */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    private static final int BLOOM_BITS = 1 << 22;
    private static final int CHUNK = 1 << 20;
    /** Marks the end of the chunks. */
    private static final byte[] END = new byte[0];
    private static WikiDict corenlp;

    private final String name;
    private final Source source;
    private final int readFailure;
    private final Map<String, List<DictEntry>> known = new HashMap<>();
    private int passes;
    private long lastPassMillis;

    /** Opens the dictionary's bytes and tells their (compressed) size, -1 when unknown. */
    private interface Source {
        InputStream open() throws IOException;

        long size();
    }

    private WikiDict(String name, Source source, int readFailure) {
        this.name = name;
        this.source = source;
        this.readFailure = readFailure;
    }

    /**
     * The WikiDict of CoreNLP's models-english-kbp jar, from the classpath; one instance per JVM, created on
     * first use.
     *
     * @throws BiokgException (runtime) when the jar is not on the classpath
     */
    public static synchronized WikiDict corenlp() {
        if (corenlp == null) {
            URL url = WikiDict.class.getClassLoader().getResource(RESOURCE);
            if (url == null) {
                throw new BiokgException(BiokgException.RUNTIME, "entity linking needs CoreNLP's WikiDict (" + RESOURCE
                        + "), which is not on the classpath: add edu.stanford.nlp:stanford-corenlp:jar:models-english-kbp");
            }
            corenlp = new WikiDict(RESOURCE, new Source() {
                @Override
                public InputStream open() throws IOException {
                    return url.openStream();
                }

                @Override
                public long size() {
                    try {
                        URLConnection c = url.openConnection();
                        c.setUseCaches(false);
                        return c.getContentLengthLong();
                    } catch (IOException e) {
                        return -1;
                    }
                }
            }, BiokgException.RUNTIME);
        }
        return corenlp;
    }

    /**
     * A dictionary in a file of the same format ({@code surface TAB title TAB score}; gzipped when the name ends
     * in {@code .gz}).
     *
     * @throws BiokgException (bad input) when the file does not exist
     */
    public static WikiDict of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw BiokgException.badInput(file + ": no such dictionary file");
        }
        return new WikiDict(file.toString(), new Source() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }
        }, BiokgException.BAD_INPUT);
    }

    /** Where the dictionary comes from (a classpath resource or a file). */
    public String name() {
        return name;
    }

    /** How many times the file was read. */
    public synchronized int passes() {
        return passes;
    }

    /** How long the last read of the file took, in milliseconds. */
    public synchronized long lastPassMillis() {
        return lastPassMillis;
    }

    /** The entries for one name: its surface form in any ASCII case; empty when the dictionary does not know it. */
    public List<DictEntry> lookup(String name) {
        return lookup(List.of(name), Progress.NONE).get(name);
    }

    /**
     * The entries of every name (each in any ASCII case), in one pass over the file for the names not asked
     * for before. Every name given is a key of the answer, with an empty list when the dictionary does not know it.
     *
     * @throws BiokgException when the file cannot be read (runtime for CoreNLP's, bad input for a user's file)
     */
    public synchronized Map<String, List<DictEntry>> lookup(Collection<String> names, Progress progress) {
        Set<String> missing = new HashSet<>();
        for (String n : names) {
            String key = SurfaceKey.of(n);
            if (!key.isEmpty() && !known.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            pass(missing, progress == null ? Progress.NONE : progress);
        }
        Map<String, List<DictEntry>> answer = new LinkedHashMap<>();
        for (String n : names) {
            answer.put(n, known.getOrDefault(SurfaceKey.of(n), List.of()));
        }
        return answer;
    }

    /** Reads the whole file once, keeping the lines whose key is one of {@code keys}. */
    private void pass(Set<String> keys, Progress progress) {
        long t0 = System.nanoTime();
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
        for (String k : keys) {
            known.put(k, List.copyOf(found.getOrDefault(k, List.of())));
        }
        passes++;
        lastPassMillis = (System.nanoTime() - t0) / 1_000_000;
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
