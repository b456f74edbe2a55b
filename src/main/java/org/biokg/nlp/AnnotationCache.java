package org.biokg.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import edu.stanford.nlp.util.Pair;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Annotated documents on disk, in CoreNLP's protobuf format, keyed by a hash of the cleaned text and the
 * pipeline settings: a rebuild of unchanged text skips CoreNLP entirely. A damaged entry is ignored (and
 * rebuilt), never fatal.
 */
public final class AnnotationCache {
    private static final Logger LOG = Logger.getLogger(AnnotationCache.class.getName());
    private final Path dir;
    private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

    public AnnotationCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The default cache folder: $BIOKG_CACHE, else $XDG_CACHE_HOME/biokg, else ~/.cache/biokg. */
    public static Path defaultDir() {
        String env = System.getenv("BIOKG_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("biokg");
    }

    /** The cache key of a text under settings. */
    public static String key(List<String> chunkTexts, PipelineSettings settings) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(settings.key().getBytes(StandardCharsets.UTF_8));
            for (String t : chunkTexts) {
                md.update((byte) 0);
                md.update(t.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path file(String key) {
        return dir.resolve(key + ".pb.gz");
    }

    /** The cached chunks for {@code key}, if present and readable. */
    public Optional<List<Annotation>> get(String key, int expectedChunks) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
            List<Annotation> chunks = new ArrayList<>();
            InputStream rest = in;
            for (int i = 0; i < expectedChunks; i++) {
                Pair<Annotation, InputStream> p = serializer.read(rest);
                chunks.add(p.first);
                rest = p.second;
            }
            return Optional.of(chunks);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring unreadable annotation cache entry " + f + ": " + e);
            return Optional.empty();
        }
    }

    /** Stores chunks under {@code key}; written to a temporary file and renamed, so readers never see half. */
    public void put(String key, List<Annotation> chunks) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                for (Annotation a : chunks) {
                    serializer.write(a, out);
                }
            }
            try {
                Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs time on the next run.
            LOG.log(Level.WARNING, "cannot write annotation cache in " + dir + ": " + e);
        }
    }
}
