package org.biokg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a biokg graph against the SHACL shapes ({@code ontology/shapes.ttl}, loaded from the classpath).
 * A dataset is checked graph by graph, because each graph (asserted, candidates) is self-contained.
 */
public final class GraphValidator {
    /** Where the shapes are in the jar. */
    public static final String SHAPES_RESOURCE = "org/biokg/ontology/shapes.ttl";

    private static volatile GraphValidator standard;
    private final Shapes shapes;

    public GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The validator with biokg's shapes (parsed once). */
    public static GraphValidator standard() {
        GraphValidator v = standard;
        if (v == null) {
            synchronized (GraphValidator.class) {
                if (standard == null) {
                    standard = new GraphValidator(Shapes.parse(loadShapes()));
                }
                v = standard;
            }
        }
        return v;
    }

    /** The shapes graph as shipped in the jar. */
    public static Graph loadShapes() {
        try (InputStream in = GraphValidator.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHAPES_RESOURCE);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates the default graph and every named graph of the dataset, each on its own. */
    public ValidationResult validate(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        PrefixMapping prefixes = RdfExporter.prefixesFor(dsg);
        List<Violation> violations = new ArrayList<>();
        long triples = 0;
        int graphs = 0;
        if (!dsg.getDefaultGraph().isEmpty()) {
            violations.addAll(check(dsg.getDefaultGraph(), null, prefixes));
            triples += dsg.getDefaultGraph().size();
            graphs++;
        }
        Iterator<Node> names = dsg.listGraphNodes();
        List<Node> sorted = new ArrayList<>();
        names.forEachRemaining(sorted::add);
        sorted.sort(Comparator.comparing(Node::toString));
        for (Node name : sorted) {
            Graph g = dsg.getGraph(name);
            violations.addAll(check(g, name.toString(), prefixes));
            triples += g.size();
            graphs++;
        }
        return new ValidationResult(violations, graphs, triples);
    }

    /** Validates one graph. */
    public ValidationResult validate(Graph graph) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard())
                .setNsPrefixes(graph.getPrefixMapping());
        return new ValidationResult(check(graph, null, prefixes), 1, graph.size());
    }

    private List<Violation> check(Graph graph, String graphName, PrefixMapping prefixes) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            out.add(new Violation(graphName, shortForm(focus, prefixes), describe(graph, focus, prefixes),
                    e.resultPath() == null ? null : e.resultPath().toString(new Prologue(prefixes)),
                    e.message(), e.value() == null ? null : shortForm(e.value(), prefixes)));
        }
        out.sort(Comparator.comparing(Violation::focusNode).thenComparing(v -> String.valueOf(v.path()))
                .thenComparing(Violation::message));
        return out;
    }

    /**
     * What a person reading the report recognises the focus node by: its label, or for a fact statement
     * "subject predicate object" in labels, or for evidence the sentence it was read in.
     */
    private static String describe(Graph g, Node focus, PrefixMapping prefixes) {
        String label = label(g, focus);
        if (label != null) {
            return label;
        }
        Node s = single(g, focus, RDF.subject.asNode());
        Node p = single(g, focus, RDF.predicate.asNode());
        Node o = single(g, focus, RDF.object.asNode());
        if (s != null || p != null || o != null) {
            return nodeText(g, s, prefixes) + " " + (p == null ? "?" : shortForm(p, prefixes)) + " "
                    + nodeText(g, o, prefixes);
        }
        Node sentence = single(g, focus, BIOKG.sentence.asNode());
        Node text = sentence == null ? single(g, focus, BIOKG.text.asNode())
                : single(g, sentence, BIOKG.text.asNode());
        if (text != null && text.isLiteral()) {
            String t = text.getLiteralLexicalForm();
            return "\"" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "\"";
        }
        return null;
    }

    private static String nodeText(Graph g, Node n, PrefixMapping prefixes) {
        if (n == null) {
            return "?";
        }
        String label = label(g, n);
        return label != null ? label : shortForm(n, prefixes);
    }

    private static String label(Graph g, Node n) {
        Node label = single(g, n, RDFS.label.asNode());
        return label != null && label.isLiteral() ? label.getLiteralLexicalForm() : null;
    }

    private static Node single(Graph g, Node s, Node p) {
        if (!s.isURI() && !s.isBlank()) {
            return null;
        }
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String shortForm(Node n, PrefixMapping prefixes) {
        if (n.isURI()) {
            return shortIri(n.getURI(), prefixes);
        }
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lex = "\"" + n.getLiteralLexicalForm() + "\"";
            return dt == null || dt.equals(org.apache.jena.vocabulary.XSD.xstring.getURI()) ? lex
                    : lex + "^^" + shortIri(dt, prefixes);
        }
        return n.toString();
    }

    /** The prefixed name with the longest matching namespace ({@code fact:1a2b}, not {@code res:fact/1a2b}). */
    static String shortIri(String iri, PrefixMapping prefixes) {
        String best = null;
        String bestNs = "";
        for (var e : prefixes.getNsPrefixMap().entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNs.length()) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
    }
}
