package org.biokg.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.JenaException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * JSON-LD 1.1 for web developers: the graph compacted with the biokg context ({@code ontology/context.jsonld}),
 * so keys are short ({@code label}, {@code alliedWith}, {@code confidence}), types are plain names
 * ({@code Person}) and numbers are JSON numbers. Jena's own JSON-LD writer compacts with prefixes only, hence
 * this class, which drives Titanium (the JSON-LD library Jena uses) directly.
 */
final class JsonLdCompactor {
    /** The context, packed in the jar with the ontology. */
    static final String CONTEXT_RESOURCE = "org/biokg/ontology/context.jsonld";
    private static final String XSD_INTEGER = XSDDatatype.XSDinteger.getURI();
    private static final String XSD_DOUBLE = XSDDatatype.XSDdouble.getURI();

    private JsonLdCompactor() {
    }

    static void write(Graph graph, String resourceBase, OutputStream out) throws IOException {
        JsonObject context = context(resourceBase);
        JsonObject compacted;
        try {
            JsonArray expanded = withNativeNumbers(expand(graph));
            JsonObject result = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).ordered(true).get();
            compacted = withGraphArray(result, context.get("@context"));
        } catch (JsonLdError | RdfConsumerException e) {
            throw new JenaException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        // Written to a string first: closing a JsonWriter closes its stream, which belongs to the caller.
        StringWriter text = new StringWriter();
        try (JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            jw.write(compacted);
        }
        out.write(text.toString().strip().getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /**
     * The context first, as readers expect it, then always a {@code @graph} array: compaction leaves a lone
     * node at the top level and an empty graph with no nodes at all, which client code should not have to
     * special-case.
     */
    private static JsonObject withGraphArray(JsonObject compacted, JsonValue context) {
        JsonObjectBuilder node = Json.createObjectBuilder();
        compacted.forEach((k, v) -> {
            if (!k.equals("@context") && !k.equals("@graph")) {
                node.add(k, v);
            }
        });
        JsonObject lone = node.build();
        JsonArray graph = compacted.containsKey("@graph") ? compacted.getJsonArray("@graph")
                : lone.isEmpty() ? JsonValue.EMPTY_JSON_ARRAY : Json.createArrayBuilder().add(lone).build();
        return Json.createObjectBuilder().add("@context", context).add("@graph", graph).build();
    }

    /** The context document ({@code {"@context": {...}}}) with {@code res} bound to the data's base. */
    static JsonObject context(String resourceBase) {
        InputStream in = JsonLdCompactor.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + CONTEXT_RESOURCE);
        }
        try (JsonReader reader = Json.createReader(in)) {
            JsonObject doc = reader.readObject();
            JsonObject ctx = Json.createObjectBuilder(doc.getJsonObject("@context")).add("res", resourceBase).build();
            return Json.createObjectBuilder().add("@context", ctx).build();
        } catch (RuntimeException e) {
            throw new IllegalStateException("bad resource " + CONTEXT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Expanded JSON-LD of the graph, in a stable order (sorted triples, ordered node objects). */
    private static JsonArray expand(Graph graph) throws JsonLdError, RdfConsumerException {
        QuadsToJsonld toJsonLd = JsonLd.fromRdf().mode(JsonLdVersion.V1_1).ordered(true);
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparing(Triple::toString));
        for (Triple t : triples) {
            String s = resource(t.getSubject());
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                toJsonLd.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(),
                        lang == null || lang.isEmpty() ? null : lang, null, null);
            } else {
                toJsonLd.quad(s, p, resource(o), null, null, null, null);
            }
        }
        return toJsonLd.toJsonLd();
    }

    private static String resource(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    /**
     * Integers and doubles as JSON numbers, keeping their datatype: with the context's type coercion they
     * compact to bare numbers, and read back as the same datatype (JSON-LD would make 1.0 an integer if the
     * datatype were dropped).
     */
    private static JsonArray withNativeNumbers(JsonArray array) {
        JsonArrayBuilder b = Json.createArrayBuilder();
        for (JsonValue v : array) {
            b.add(withNativeNumbers(v));
        }
        return b.build();
    }

    private static JsonValue withNativeNumbers(JsonValue v) {
        if (v instanceof JsonArray a) {
            return withNativeNumbers(a);
        }
        if (!(v instanceof JsonObject o)) {
            return v;
        }
        if (o.containsKey("@value") && o.get("@value").getValueType() == JsonValue.ValueType.STRING) {
            String type = o.getString("@type", null);
            String lexical = o.getString("@value");
            try {
                if (XSD_INTEGER.equals(type)) {
                    return Json.createObjectBuilder(o).add("@value", Json.createValue(new BigDecimal(lexical).toBigIntegerExact())).build();
                }
                if (XSD_DOUBLE.equals(type)) {
                    double d = Double.parseDouble(lexical);
                    if (Double.isFinite(d)) {
                        return Json.createObjectBuilder(o).add("@value", Json.createValue(d)).build();
                    }
                }
            } catch (NumberFormatException | ArithmeticException e) {
                return o; // not a valid number: keep the lexical form
            }
            return o;
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        o.forEach((k, value) -> b.add(k, withNativeNumbers(value)));
        return b.build();
    }
}
