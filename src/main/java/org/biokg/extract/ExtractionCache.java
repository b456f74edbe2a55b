package org.biokg.extract;

import com.google.gson.JsonParser;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Extraction results on disk, so that rebuilding an unchanged biography (to try another confidence threshold,
 * say) skips CoreNLP and extraction alike. The key covers everything the result depends on: the source's bytes,
 * id and name, the CoreNLP settings, and a fingerprint of biokg's own code and rules (the jar, or the classes
 * folder), so any change of code or rules misses. A damaged entry is ignored, never fatal.
 */
public final class ExtractionCache {
    private static final Logger LOG = Logger.getLogger(ExtractionCache.class.getName());
    /** Bump when the stored form changes. */
    private static final String FORMAT = "extraction-v1";
    private static volatile String codeFingerprint;

    private final Path dir;

    public ExtractionCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The key of a source read under settings by this build of biokg. */
    public static String key(Source source, PipelineSettings settings) {
        return sha256(String.join("\u0000", FORMAT, codeFingerprint(), settings.key(), source.sha256(), source.id(),
                source.name())).substring(0, 32);
    }

    private Path file(String key) {
        return dir.resolve("facts-" + key + ".json.gz");
    }

    /** The cached result for {@code source}, if present and readable. */
    public Optional<ExtractionResult> get(Source source, PipelineSettings settings) {
        Path f = file(key(source, settings));
        if (!Files.isRegularFile(f))
            return Optional.empty();
        try (Reader in = new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8)) {
            return Optional.of(ResultJson.decode(JsonParser.parseReader(in).getAsJsonObject()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "ignoring unreadable extraction cache entry " + f + ": " + e);
            return Optional.empty();
        }
    }

    /** Stores the result; written to a temporary file and renamed, so readers never see half of it. */
    public void put(Source source, PipelineSettings settings, ExtractionResult result) {
        try {
            Files.createDirectories(dir);
            Path target = file(key(source, settings));
            Path tmp = Files.createTempFile(dir, "facts-", ".tmp");
            try (Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)), StandardCharsets.UTF_8)) {
                out.write(ResultJson.encode(result).toString());
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs time on the next run.
            LOG.log(Level.WARNING, "cannot write extraction cache in " + dir + ": " + e);
        }
    }

    /**
     * SHA-256 of biokg's code and resources: the jar it runs from, or every file of its classes folder. Computed
     * once per JVM (a few milliseconds for the jar).
     */
    static String codeFingerprint() {
        String f = codeFingerprint;
        if (f == null) {
            f = computeFingerprint();
            codeFingerprint = f;
        }
        return f;
    }

    private static String computeFingerprint() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path code = Path.of(ExtractionCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(code.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        digest(md, p);
                    }
                }
            } else {
                digest(md, code);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | URISyntaxException | RuntimeException | NoSuchAlgorithmException e) {
            // Without a fingerprint nothing may be reused: a fresh random one makes every lookup miss.
            return java.util.UUID.randomUUID().toString();
        }
    }

    private static void digest(MessageDigest md, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; )
                md.update(buf, 0, n);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
