package org.biokg.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.JenaException;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON-LD 1.1 for web developers: the graph compacted with the biokg context ({@code ontology/context.jsonld}),
 * so keys are short ({@code label}, {@code alliedWith}, {@code confidence}), types are plain names
 * ({@code Person}) and numbers are JSON numbers. Jena's own JSON-LD writer compacts with prefixes only, hence
 * this class, which writes expanded JSON-LD itself and compacts it with Titanium (the JSON-LD library Jena
 * uses).
 */
final class JsonLdCompactor {
    /** The context, packed in the jar with the ontology. */
    static final String CONTEXT_RESOURCE = "org/biokg/ontology/context.jsonld";
    private static final String XSD_INTEGER = XSDDatatype.XSDinteger.getURI();
    private static final String XSD_DOUBLE = XSDDatatype.XSDdouble.getURI();
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
    /** Looked up once: {@code Json.createObjectBuilder()} searches for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonLdCompactor() {
    }

    static void write(Graph graph, String resourceBase, OutputStream out) throws IOException {
        JsonObject context = context(resourceBase);
        JsonObject compacted;
        try {
            JsonArray expanded = expand(graph);
            JsonObject result = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).ordered(true).get();
            compacted = withGraphArray(result, context.get("@context"));
        } catch (JsonLdError e) {
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

    /**
     * Expanded JSON-LD of the graph, written directly (the graph is flat: no lists, one node object per
     * subject), sorted by subject, property and value so that the same graph always gives the same text.
     * Integers and doubles become JSON numbers that keep their datatype: with the context's type coercion
     * they compact to bare numbers and read back as the same datatype (without the datatype JSON-LD would
     * read 1.0 back as an integer).
     */
    private static JsonArray expand(Graph graph) {
        Map<String, Map<String, List<JsonObject>>> nodes = new TreeMap<>();
        Map<String, List<String>> types = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            String s = resource(t.getSubject());
            Map<String, List<JsonObject>> props = nodes.computeIfAbsent(s, k -> new TreeMap<>());
            if (t.getPredicate().equals(RDF.type.asNode()) && !t.getObject().isLiteral()) {
                types.computeIfAbsent(s, k -> new ArrayList<>()).add(resource(t.getObject()));
            } else {
                props.computeIfAbsent(t.getPredicate().getURI(), k -> new ArrayList<>()).add(value(t.getObject()));
            }
        });
        JsonArrayBuilder array = JSON.createArrayBuilder();
        nodes.forEach((s, props) -> {
            JsonObjectBuilder node = JSON.createObjectBuilder().add("@id", s);
            List<String> ts = types.get(s);
            if (ts != null) {
                JsonArrayBuilder tb = JSON.createArrayBuilder();
                ts.stream().sorted().forEach(tb::add);
                node.add("@type", tb);
            }
            props.forEach((p, values) -> {
                JsonArrayBuilder vb = JSON.createArrayBuilder();
                values.stream().sorted(Comparator.comparing(JsonObject::toString)).forEach(vb::add);
                node.add(p, vb);
            });
            array.add(node);
        });
        return array.build();
    }

    private static JsonObject value(Node o) {
        if (!o.isLiteral()) {
            return JSON.createObjectBuilder().add("@id", resource(o)).build();
        }
        String lexical = o.getLiteralLexicalForm();
        String type = o.getLiteralDatatypeURI();
        String lang = o.getLiteralLanguage();
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (lang != null && !lang.isEmpty()) {
            return b.add("@value", lexical).add("@language", lang).build();
        }
        b.add("@value", number(lexical, type));
        if (!XSD_STRING.equals(type)) {
            b.add("@type", type);
        }
        return b.build();
    }

    /** The lexical form as a JSON number for valid integers and finite doubles, else as a string. */
    private static JsonValue number(String lexical, String type) {
        try {
            if (XSD_INTEGER.equals(type)) {
                return JSON.createValue(new BigInteger(lexical.startsWith("+") ? lexical.substring(1) : lexical));
            }
            if (XSD_DOUBLE.equals(type)) {
                double d = Double.parseDouble(lexical);
                if (Double.isFinite(d)) {
                    return JSON.createValue(d);
                }
            }
        } catch (NumberFormatException e) {
            // not a valid number: keep the lexical form
        }
        return JSON.createValue(lexical);
    }

    private static String resource(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }
}
