package org.biokg.eval.redocred;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.biokg.BiokgException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Re-DocRED's JSON (an array of documents with {@code title}, {@code sents}, {@code vertexSet},
 * {@code labels}). Anything else is a bad-input error.
 */
public final class RedocredLoader {
    private RedocredLoader() {
    }

    public static List<RedocredDocument> load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (NoSuchFileException e) {
            throw BiokgException.badInput("no such file: " + file);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    public static List<RedocredDocument> fromClasspath(String resource) {
        InputStream in = RedocredLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw BiokgException.badInput("not on the classpath: " + resource);
        }
        try (in) {
            return load(in, resource);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + resource + ": " + e.getMessage());
        }
    }

    public static List<RedocredDocument> load(InputStream in, String source) {
        JsonValue root;
        try {
            root = JSON.parseAny(in);
        } catch (RuntimeException e) {
            throw BiokgException.badInput(source + ": not JSON: " + firstLine(e.getMessage()));
        }
        if (!root.isArray()) {
            throw BiokgException.badInput(source + ": expected a JSON array of documents");
        }
        List<RedocredDocument> docs = new ArrayList<>();
        int i = 0;
        for (JsonValue v : root.getAsArray()) {
            try {
                docs.add(document(v.getAsObject()));
            } catch (RuntimeException e) {
                throw BiokgException.badInput(source + ": document " + i + ": not in Re-DocRED format ("
                        + firstLine(String.valueOf(e.getMessage())) + ")");
            }
            i++;
        }
        return docs;
    }

    private static RedocredDocument document(JsonObject o) {
        String title = o.getString("title");
        List<List<String>> sentences = new ArrayList<>();
        for (JsonValue s : array(o, "sents")) {
            List<String> tokens = new ArrayList<>();
            for (JsonValue t : s.getAsArray()) {
                tokens.add(t.getAsString().value());
            }
            sentences.add(tokens);
        }
        List<List<Mention>> entities = new ArrayList<>();
        for (JsonValue e : array(o, "vertexSet")) {
            List<Mention> mentions = new ArrayList<>();
            for (JsonValue mv : e.getAsArray()) {
                JsonObject m = mv.getAsObject();
                JsonArray pos = m.get("pos").getAsArray();
                int sent = m.getNumber("sent_id").intValue();
                int start = pos.get(0).getAsNumber().value().intValue();
                int end = pos.get(1).getAsNumber().value().intValue();
                if (sent < 0 || sent >= sentences.size() || start < 0 || end < start
                        || end > sentences.get(sent).size()) {
                    throw new IllegalArgumentException("mention '" + m.getString("name") + "' outside its sentence");
                }
                mentions.add(new Mention(m.getString("name"), sent, start, end, m.getString("type")));
            }
            if (mentions.isEmpty()) {
                throw new IllegalArgumentException("entity " + entities.size() + " without mentions");
            }
            entities.add(mentions);
        }
        List<Label> labels = new ArrayList<>();
        if (o.hasKey("labels")) {
            for (JsonValue lv : array(o, "labels")) {
                JsonObject l = lv.getAsObject();
                int h = l.getNumber("h").intValue();
                int t = l.getNumber("t").intValue();
                if (h < 0 || h >= entities.size() || t < 0 || t >= entities.size()) {
                    throw new IllegalArgumentException("label points at no entity");
                }
                List<Integer> evidence = new ArrayList<>();
                if (l.hasKey("evidence")) {
                    for (JsonValue ev : l.get("evidence").getAsArray()) {
                        evidence.add(ev.getAsNumber().value().intValue());
                    }
                }
                labels.add(new Label(h, t, l.getString("r"), evidence));
            }
        }
        if (title == null) {
            throw new IllegalArgumentException("no title");
        }
        return new RedocredDocument(title, sentences, entities, labels);
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("no array '" + key + "'");
        }
        return v.getAsArray();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
