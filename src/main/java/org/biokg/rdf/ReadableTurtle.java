package org.biokg.rdf;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turtle (and TriG) for a person to read, top to bottom: the people first, the biographies' subjects first of
 * all, then the other entities by kind and label, the documents, the fact statements (in the order of their
 * subjects), office terms, evidence, sentences in text order and the run. Within a block {@code a} and the
 * labels come first, then the other predicates in order, each object list sorted, one object a line.
 * Jena's pretty writers keep the graph's hash order, in which the subject's own block can sit thousands of
 * lines down; nodes are formatted by Jena's own Turtle node formatter, so the output parses as Turtle does.
 */
final class ReadableTurtle {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node ABOUT = NodeFactory.createURI(SCHEMA.NS + "about");
    private static final Node INDEX = BIOKG.index.asNode();
    private static final Node IN_DOCUMENT = BIOKG.inDocument.asNode();
    /** Block order by rdf:type; untyped nodes and other types come last. */
    private static final List<String> TYPE_ORDER = List.of("Person", "Organization", "Place", "Office",
            "Publication", "Event", "SourceDocument", "FactStatement", "OfficeTerm", "Evidence", "Sentence",
            "ExtractionRun");

    private final PrefixMapping prefixes;
    private final NodeFormatter formatter;

    private ReadableTurtle(PrefixMapping prefixes) {
        this.prefixes = prefixes;
        PrefixMap map = org.apache.jena.riot.system.Prefixes.adapt(prefixes);
        this.formatter = new NodeFormatterTTL(null, map);
    }

    /** The default graph as Turtle. */
    static void writeTurtle(Graph graph, PrefixMapping prefixes, OutputStream out) {
        ReadableTurtle t = new ReadableTurtle(prefixes);
        IndentedWriter w = new IndentedWriter(out);
        t.writePrefixes(w);
        t.writeBlocks(w, graph, "");
        w.flush();
    }

    /** Every graph as TriG: the default graph's blocks at the top level, each named graph in braces. */
    static void writeTrig(DatasetGraph dsg, PrefixMapping prefixes, OutputStream out) {
        ReadableTurtle t = new ReadableTurtle(prefixes);
        IndentedWriter w = new IndentedWriter(out);
        t.writePrefixes(w);
        t.writeBlocks(w, dsg.getDefaultGraph(), "");
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::toString));
        for (Node name : names) {
            w.print("\n");
            w.print(t.format(name));
            w.print(" {\n");
            t.writeBlocks(w, dsg.getGraph(name), "    ");
            w.print("}\n");
        }
        w.flush();
    }

    private void writePrefixes(IndentedWriter w) {
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((p, ns) -> w.print("PREFIX " + p + ": <" + ns + ">\n"));
    }

    private void writeBlocks(IndentedWriter w, Graph graph, String indent) {
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        graph.find().forEachRemaining(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
        Set<Node> subjects = new HashSet<>();
        graph.find(Node.ANY, ABOUT, Node.ANY).forEachRemaining(t -> subjects.add(t.getObject()));
        BlockOrder order = new BlockOrder(graph, bySubject, subjects);
        List<Node> nodes = new ArrayList<>(bySubject.keySet());
        nodes.sort(order);
        for (Node s : nodes) {
            w.print("\n");
            writeBlock(w, s, bySubject.get(s), indent);
        }
    }

    private void writeBlock(IndentedWriter w, Node subject, List<Triple> triples, String indent) {
        Map<Node, List<String>> byPredicate = new TreeMap<>(ReadableTurtle::comparePredicates);
        for (Triple t : triples) {
            byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(format(t.getObject()));
        }
        w.print(indent + format(subject));
        int i = 0;
        for (Map.Entry<Node, List<String>> e : byPredicate.entrySet()) {
            List<String> objects = e.getValue();
            objects.sort(null);
            String predicate = e.getKey().equals(TYPE) ? "a" : format(e.getKey());
            w.print((i++ == 0 ? "\n" : " ;\n") + indent + "    " + predicate);
            if (objects.size() == 1) {
                w.print(" " + objects.get(0));
            } else {
                for (int j = 0; j < objects.size(); j++) {
                    w.print((j == 0 ? "\n" : " ,\n") + indent + "        " + objects.get(j));
                }
            }
        }
        w.print(" .\n");
    }

    private String format(Node n) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        org.apache.jena.atlas.io.AWriter aw = org.apache.jena.atlas.io.IO.wrap(buffer);
        formatter.format(aw, n);
        aw.flush();
        return buffer.toString();
    }

    /** rdf:type, then rdfs:label and skos:altLabel, a statement's subject, predicate and object, then the others by IRI. */
    private static int comparePredicates(Node a, Node b) {
        int ra = predicateRank(a);
        int rb = predicateRank(b);
        return ra != rb ? Integer.compare(ra, rb) : a.getURI().compareTo(b.getURI());
    }

    private static int predicateRank(Node p) {
        int rank = List.of(TYPE, LABEL, ALT_LABEL, RDF.subject.asNode(), RDF.predicate.asNode(), RDF.object.asNode())
                .indexOf(p);
        return rank < 0 ? 6 : rank;
    }

    /** The order of the blocks. */
    private static final class BlockOrder implements Comparator<Node> {
        private final Graph graph;
        private final Map<Node, List<Triple>> bySubject;
        private final Set<Node> subjects;
        private final Map<Node, String> keys = new LinkedHashMap<>();

        BlockOrder(Graph graph, Map<Node, List<Triple>> bySubject, Set<Node> subjects) {
            this.graph = graph;
            this.bySubject = bySubject;
            this.subjects = subjects;
        }

        @Override
        public int compare(Node a, Node b) {
            return key(a).compareTo(key(b));
        }

        private String key(Node n) {
            return keys.computeIfAbsent(n, this::makeKey);
        }

        /** Type rank, then what a reader looks a block up by: a label, a subject's label, a sentence's place. */
        private String makeKey(Node n) {
            String type = typeOf(n);
            int rank = type == null ? TYPE_ORDER.size() : TYPE_ORDER.indexOf(type);
            if (rank < 0) {
                rank = TYPE_ORDER.size();
            }
            String within = switch (type == null ? "" : type) {
                case "Person" -> (subjects.contains(n) ? "0" : "1") + label(n);
                case "FactStatement" -> label(value(n, RDF.subject.asNode())) + "\u0001"
                        + value(n, RDF.predicate.asNode()) + "\u0001" + labelOrText(value(n, RDF.object.asNode()));
                case "OfficeTerm" -> label(value(n, BIOKG.holder.asNode())) + "\u0001"
                        + labelOrText(value(n, BIOKG.office.asNode()));
                case "Sentence" -> value(n, IN_DOCUMENT) + "\u0001" + String.format("%09d", number(value(n, INDEX)));
                default -> label(n);
            };
            return String.format("%02d", rank) + "\u0001" + within + "\u0001" + n;
        }

        private String typeOf(Node n) {
            for (Triple t : bySubject.getOrDefault(n, List.of())) {
                if (t.getPredicate().equals(TYPE) && t.getObject().isURI() && t.getObject().getURI().startsWith(BIOKG.NS)) {
                    return t.getObject().getURI().substring(BIOKG.NS.length());
                }
            }
            return null;
        }

        private Node value(Node s, Node p) {
            if (s == null) {
                return null;
            }
            var it = graph.find(s, p, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        }

        private String label(Node n) {
            Node l = value(n, LABEL);
            return l != null && l.isLiteral() ? l.getLiteralLexicalForm() : "\uffff";
        }

        private String labelOrText(Node n) {
            return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : label(n);
        }

        private static long number(Node n) {
            try {
                return n != null && n.isLiteral() ? Long.parseLong(n.getLiteralLexicalForm()) : Long.MAX_VALUE / 2;
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE / 2;
            }
        }
    }
}
