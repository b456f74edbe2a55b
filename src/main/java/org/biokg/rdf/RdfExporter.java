package org.biokg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a biokg dataset in one of the {@link ExportFormat}s through RIOT. Every format gets the standard
 * prefixes (plus the dataset's own), pruned to those the data uses.
 */
public final class RdfExporter {
    private RdfExporter() {
    }

    public static void write(Dataset dataset, ExportFormat format, OutputStream out) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        PrefixMapping prefixes = prefixesFor(dsg);
        try {
            switch (format) {
                case TTL -> ReadableTurtle.writeTurtle(dsg.getDefaultGraph(), prefixes, out);
                case TRIG -> ReadableTurtle.writeTrig(dsg, prefixes, out);
                case JSONLD -> JsonLdCompactor.write(dsg.getDefaultGraph(), resourceBase(prefixes), out);
                case NT -> writeSortedLines(RDFWriter.source(dsg.getDefaultGraph()).format(RDFFormat.NTRIPLES_UTF8)
                        .asString(), out);
                case NQ -> writeSortedLines(RDFWriter.source(dsg).format(RDFFormat.NQUADS_UTF8).asString(), out);
                case RDFXML -> RDFWriter.source(withPrefixes(dsg.getDefaultGraph(), prefixes))
                        .format(RDFFormat.RDFXML_PLAIN).output(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export as a string (UTF-8). */
    public static String toString(Dataset dataset, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(dataset, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Sorted lines: two builds of the same text export to identical files, and diffs stay small. */
    private static void writeSortedLines(String text, OutputStream out) throws IOException {
        String[] lines = text.split("\n");
        java.util.Arrays.sort(lines);
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
    }

    /** The standard prefixes (with res: taken from the data when it binds it), then the data's own. */
    static PrefixMapping prefixesFor(DatasetGraph dsg) {
        PrefixMapping own = PrefixMapping.Factory.create();
        dsg.prefixes().forEach(own::setNsPrefix);
        own.setNsPrefixes(dsg.getDefaultGraph().getPrefixMapping());
        String base = own.getNsPrefixURI("res") != null ? own.getNsPrefixURI("res") : BIOKG.RESOURCE_BASE;
        PrefixMapping all = PrefixMapping.Factory.create();
        all.setNsPrefixes(Prefixes.standard(base));
        all.setNsPrefixes(own);
        return pruned(all, dsg);
    }

    static String resourceBase(PrefixMapping prefixes) {
        String res = prefixes.getNsPrefixURI("res");
        return res != null ? res : BIOKG.RESOURCE_BASE;
    }

    /** Keeps the prefixes whose namespace starts some IRI of the data (res: is always kept). */
    private static PrefixMapping pruned(PrefixMapping all, DatasetGraph dsg) {
        Set<String> namespaces = new HashSet<>();
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            Quad q = it.next();
            for (Node n : new Node[]{q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI()) {
                    namespaces.add(namespaceOf(n.getURI()));
                } else if (n.isLiteral()) {
                    namespaces.add(namespaceOf(n.getLiteralDatatypeURI()));
                }
            }
        }
        PrefixMapping kept = PrefixMapping.Factory.create();
        Map<String, String> sorted = new TreeMap<>(all.getNsPrefixMap());
        sorted.forEach((prefix, ns) -> {
            if (prefix.equals("res") || namespaces.stream().anyMatch(used -> used.startsWith(ns))) {
                kept.setNsPrefix(prefix, ns);
            }
        });
        return kept;
    }

    /** The IRI up to and including its last '#' or '/'. */
    private static String namespaceOf(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static Graph withPrefixes(Graph graph, PrefixMapping prefixes) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(prefixes);
        return copy;
    }

}
