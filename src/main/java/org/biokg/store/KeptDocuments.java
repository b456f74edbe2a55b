package org.biokg.store;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.biokg.BiokgException;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.ResultJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The documents a store's graph was built from, kept beside its database ({@value #FILE} in the generation's
 * folder): each document's extracted facts (before linking and the cross-document step) and its source digest,
 * after a first line with the graph's settings. {@code biokg add} and {@code biokg remove} rebuild the graph
 * from them without reading the other documents again (no CoreNLP, no extraction): one gzip line a document.
 */
public record KeptDocuments(GraphSettings settings, Map<String, Kept> documents) {
    public static final String FILE = "biokg-documents.jsonl.gz";

    /** What decides the graph besides the documents; recorded so that an add builds the same way. */
    public record GraphSettings(double threshold, String baseIri, boolean link, double linkThreshold) {
    }

    /** One document: its extraction result and the SHA-256 of its source. */
    public record Kept(ExtractionResult result, String sha256) {
    }

    public KeptDocuments {
        documents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    }

    public static KeptDocuments of(GraphSettings settings, List<ExtractionResult> results, Map<String, String> digests) {
        Map<String, Kept> m = new LinkedHashMap<>();
        for (ExtractionResult r : results) {
            m.put(r.documentId(), new Kept(r, digests.get(r.documentId())));
        }
        return new KeptDocuments(settings, m);
    }

    public List<ExtractionResult> results() {
        return documents.values().stream().map(Kept::result).toList();
    }

    public Map<String, String> digests() {
        Map<String, String> m = new LinkedHashMap<>();
        documents.forEach((id, k) -> {
            if (k.sha256() != null) {
                m.put(id, k.sha256());
            }
        });
        return m;
    }

    /** These documents with {@code added} in (a document of the same id replaced), in the order kept, then added. */
    public KeptDocuments with(List<ExtractionResult> added, Map<String, String> digests) {
        Map<String, Kept> m = new LinkedHashMap<>(documents);
        for (ExtractionResult r : added) {
            m.put(r.documentId(), new Kept(r, digests.get(r.documentId())));
        }
        return new KeptDocuments(settings, m);
    }

    public KeptDocuments without(List<String> ids) {
        Map<String, Kept> m = new LinkedHashMap<>(documents);
        ids.forEach(m::remove);
        return new KeptDocuments(settings, m);
    }

    /** Writes the file into {@code generation} (a temporary file renamed, so it is whole or absent). */
    public void write(Path generation) throws IOException {
        Path tmp = generation.resolve(FILE + ".tmp");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8)) {
            JsonObject head = new JsonObject();
            head.addProperty("threshold", settings.threshold());
            head.addProperty("baseIri", settings.baseIri());
            head.addProperty("link", settings.link());
            head.addProperty("linkThreshold", settings.linkThreshold());
            w.write(head.toString());
            w.write('\n');
            for (Kept k : documents.values()) {
                JsonObject line = new JsonObject();
                line.addProperty("sha256", k.sha256());
                line.add("result", ResultJson.encode(k.result()));
                w.write(line.toString());
                w.write('\n');
            }
        }
        try {
            Files.move(tmp, generation.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, generation.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The documents kept in {@code generation}, or empty when it has none (a store built by an older biokg). */
    public static Optional<KeptDocuments> read(Path generation) {
        Path f = generation.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
            JsonObject head = JsonParser.parseString(in.readLine()).getAsJsonObject();
            GraphSettings settings = new GraphSettings(head.get("threshold").getAsDouble(),
                    head.get("baseIri").isJsonNull() ? null : head.get("baseIri").getAsString(),
                    head.get("link").getAsBoolean(), head.get("linkThreshold").getAsDouble());
            List<ExtractionResult> results = new ArrayList<>();
            Map<String, String> digests = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                ExtractionResult r = ResultJson.decode(o.getAsJsonObject("result"));
                results.add(r);
                if (o.has("sha256") && !o.get("sha256").isJsonNull()) {
                    digests.put(r.documentId(), o.get("sha256").getAsString());
                }
            }
            return Optional.of(of(settings, results, digests));
        } catch (IOException | RuntimeException e) {
            throw new BiokgException(BiokgException.RUNTIME, "the store's kept documents (" + f + ") cannot be read: "
                    + e.getMessage() + "; rebuild the store with biokg build");
        }
    }
}
