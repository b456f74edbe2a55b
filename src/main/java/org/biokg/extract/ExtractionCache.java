package org.biokg.extract;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.biokg.nlp.PipelineSettings;
import org.biokg.text.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            return Optional.of(decode(JsonParser.parseReader(in).getAsJsonObject()));
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
                out.write(encode(result).toString());
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

    /** The result as JSON: entities once (by id), facts referring to them. */
    static JsonObject encode(ExtractionResult r) {
        Map<String, Entity> all = new LinkedHashMap<>();
        all.put(r.subject().id(), r.subject());
        r.entities().forEach(e -> all.putIfAbsent(e.id(), e));
        for (Fact f : r.facts()) {
            all.putIfAbsent(f.subject().id(), f.subject());
            if (f.object() != null)
                all.putIfAbsent(f.object().id(), f.object());
            if (f.body() != null)
                all.putIfAbsent(f.body().id(), f.body());
        }
        JsonObject j = new JsonObject();
        j.addProperty("documentId", r.documentId());
        j.addProperty("sourceName", r.sourceName());
        j.addProperty("subject", r.subject().id());
        JsonArray entities = new JsonArray();
        for (Entity e : all.values()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("label", e.label());
            o.addProperty("type", e.type().name());
            JsonArray aliases = new JsonArray();
            e.aliases().forEach(aliases::add);
            o.add("aliases", aliases);
            o.addProperty("wikipediaTitle", e.wikipediaTitle());
            o.addProperty("linkConfidence", e.linkConfidence());
            entities.add(o);
        }
        j.add("entities", entities);
        JsonArray listed = new JsonArray();
        r.entities().forEach(e -> listed.add(e.id()));
        j.add("listed", listed);
        JsonArray facts = new JsonArray();
        for (Fact f : r.facts()) {
            JsonObject o = new JsonObject();
            o.addProperty("relation", f.relation().id());
            o.addProperty("subject", f.subject().id());
            o.addProperty("object", f.object() == null ? null : f.object().id());
            o.addProperty("date", f.date() == null ? null : f.date().iso());
            o.addProperty("start", f.start() == null ? null : f.start().iso());
            o.addProperty("end", f.end() == null ? null : f.end().iso());
            o.addProperty("body", f.body() == null ? null : f.body().id());
            JsonArray evidence = new JsonArray();
            for (Evidence e : f.evidence()) {
                JsonObject v = new JsonObject();
                v.addProperty("documentId", e.documentId());
                v.addProperty("sentenceIndex", e.sentenceIndex());
                v.add("sentence", span(e.sentence()));
                v.addProperty("sentenceText", e.sentenceText());
                v.add("subjectSpan", span(e.subjectSpan()));
                v.add("objectSpan", span(e.objectSpan()));
                v.addProperty("rule", e.rule());
                v.addProperty("confidence", e.confidence());
                evidence.add(v);
            }
            o.add("evidence", evidence);
            facts.add(o);
        }
        j.add("facts", facts);
        return j;
    }

    static ExtractionResult decode(JsonObject j) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (JsonElement el : j.getAsJsonArray("entities")) {
            JsonObject o = el.getAsJsonObject();
            Entity e = new Entity(o.get("id").getAsString(), o.get("label").getAsString(), EntityType.valueOf(o.get("type").getAsString()));
            for (JsonElement a : o.getAsJsonArray("aliases"))
                e.addAlias(a.getAsString());
            String title = string(o, "wikipediaTitle");
            double conf = o.get("linkConfidence").getAsDouble();
            if (title != null || conf != 0)
                e.setLink(title, conf);
            byId.put(e.id(), e);
        }
        List<Entity> listed = j.getAsJsonArray("listed").asList().stream().map(x -> entity(byId, x.getAsString())).toList();
        List<Fact> facts = new java.util.ArrayList<>();
        for (JsonElement el : j.getAsJsonArray("facts")) {
            JsonObject o = el.getAsJsonObject();
            Relation rel = Relation.byId(o.get("relation").getAsString())
                    .orElseThrow(() -> new IllegalArgumentException("unknown relation " + o.get("relation")));
            Entity subject = entity(byId, o.get("subject").getAsString());
            Fact f = rel.dateValued() ? Fact.dated(rel, subject, new TimeValue(string(o, "date")))
                    : Fact.between(rel, subject, entity(byId, string(o, "object")));
            String start = string(o, "start");
            String end = string(o, "end");
            String body = string(o, "body");
            if (start != null)
                f.setStart(new TimeValue(start));
            if (end != null)
                f.setEnd(new TimeValue(end));
            if (body != null)
                f.setBody(entity(byId, body));
            for (JsonElement ev : o.getAsJsonArray("evidence")) {
                JsonObject v = ev.getAsJsonObject();
                f.addEvidence(new Evidence(string(v, "documentId"), v.get("sentenceIndex").getAsInt(), span(v.get("sentence")),
                        string(v, "sentenceText"), span(v.get("subjectSpan")), span(v.get("objectSpan")), string(v, "rule"),
                        v.get("confidence").getAsDouble()));
            }
            facts.add(f);
        }
        return new ExtractionResult(string(j, "documentId"), string(j, "sourceName"),
                entity(byId, j.get("subject").getAsString()), listed, facts);
    }

    private static Entity entity(Map<String, Entity> byId, String id) {
        Entity e = byId.get(id);
        if (e == null)
            throw new IllegalArgumentException("unknown entity " + id);
        return e;
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static JsonElement span(Span s) {
        if (s == null)
            return JsonNull.INSTANCE;
        JsonArray a = new JsonArray();
        a.add(s.start());
        a.add(s.end());
        return a;
    }

    private static Span span(JsonElement e) {
        if (e == null || e.isJsonNull())
            return null;
        JsonArray a = e.getAsJsonArray();
        return new Span(a.get(0).getAsInt(), a.get(1).getAsInt());
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
