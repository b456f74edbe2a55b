package org.biokg.extract;

import org.biokg.text.Span;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An extraction result as JSON and back, losslessly: the extraction cache's entries, a store's kept
 * documents (what {@code biokg add} rebuilds from) and the rows a Spark job passes between its stages.
 */
public final class ResultJson {
    private ResultJson() {
    }

    /** One line of JSON (no line breaks), so results can be written as JSON lines. */
    public static String toLine(ExtractionResult r) {
        return encode(r).toString();
    }

    public static ExtractionResult fromLine(String line) {
        return decode(JsonParser.parseString(line).getAsJsonObject());
    }

    /** The result as JSON: entities once (by id), facts referring to them. */
    public static JsonObject encode(ExtractionResult r) {
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
            if (e.scope() != null) {
                o.addProperty("scope", e.scope());
            }
            if (!e.nerTags().isEmpty()) {
                JsonArray tags = new JsonArray();
                e.nerTags().forEach(tags::add);
                o.add("nerTags", tags);
            }
            if (!e.mergedNames().isEmpty()) {
                JsonObject merged = new JsonObject();
                e.mergedNames().forEach(merged::addProperty);
                o.add("mergedNames", merged);
            }
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
            if (f.startSource() != null) {
                o.add("startSource", source(f.startSource()));
            }
            if (f.endSource() != null) {
                o.add("endSource", source(f.endSource()));
            }
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
                if (!e.repairs().isEmpty()) {
                    JsonArray repairs = new JsonArray();
                    e.repairs().forEach(repairs::add);
                    v.add("repairs", repairs);
                }
                v.addProperty("confidence", e.confidence());
                evidence.add(v);
            }
            o.add("evidence", evidence);
            facts.add(o);
        }
        j.add("facts", facts);
        return j;
    }

    public static ExtractionResult decode(JsonObject j) {
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
            e.setScope(string(o, "scope"));
            if (o.has("nerTags")) {
                for (JsonElement t : o.getAsJsonArray("nerTags"))
                    e.addNerTag(t.getAsString());
            }
            if (o.has("mergedNames")) {
                o.getAsJsonObject("mergedNames").entrySet().forEach(m -> e.recordMerge(m.getKey(), m.getValue().getAsString()));
            }
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
            f.setStartSource(source(o.get("startSource")));
            f.setEndSource(source(o.get("endSource")));
            for (JsonElement ev : o.getAsJsonArray("evidence")) {
                JsonObject v = ev.getAsJsonObject();
                f.addEvidence(new Evidence(string(v, "documentId"), v.get("sentenceIndex").getAsInt(), span(v.get("sentence")),
                        string(v, "sentenceText"), span(v.get("subjectSpan")), span(v.get("objectSpan")), string(v, "rule"),
                        v.get("confidence").getAsDouble(), v.has("repairs")
                        ? v.getAsJsonArray("repairs").asList().stream().map(JsonElement::getAsString).toList() : List.of()));
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

    private static JsonObject source(DateSource d) {
        JsonObject v = new JsonObject();
        v.addProperty("documentId", d.documentId());
        v.addProperty("kind", d.kind().name());
        v.addProperty("sentenceIndex", d.sentenceIndex());
        v.add("span", span(d.span()));
        v.addProperty("text", d.text());
        return v;
    }

    private static DateSource source(JsonElement e) {
        if (e == null || e.isJsonNull())
            return null;
        JsonObject v = e.getAsJsonObject();
        return new DateSource(string(v, "documentId"), DateSource.Kind.valueOf(string(v, "kind")),
                v.get("sentenceIndex").getAsInt(), span(v.get("span")), string(v, "text"));
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

}
