package org.biokg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each document's own part of the asserted graph, as a named graph per document
 * ({@code <https://w3id.org/biokg/graph/document/ada-roe>}): the statements it gives evidence for, with only
 * its evidence, its sentences and its description, and the plain triples and labels they need to be read
 * alone. The default graph stays the merged whole every query reads; a document graph answers "what does
 * this biography say?" ({@code GRAPH ?g { … }}) and is what a document's removal takes away.
 */
final class DocumentGraphs {
    private DocumentGraphs() {
    }

    /** The document graphs of {@code asserted}, by graph IRI, in IRI order. */
    static Map<String, Model> of(Model asserted) {
        Map<String, Model> graphs = new TreeMap<>();
        List<Statement> evidenceLinks = asserted.listStatements(null, BIOKG.evidence, (RDFNode) null).toList();
        for (Statement link : evidenceLinks) {
            Resource st = link.getSubject();
            Resource ev = link.getResource();
            Resource sentence = ev.getPropertyResourceValue(BIOKG.sentence);
            Resource doc = sentence == null ? null : sentence.getPropertyResourceValue(BIOKG.inDocument);
            if (doc == null || !doc.isURIResource()) {
                continue;
            }
            Model g = graphs.computeIfAbsent(graphOf(doc.getURI()), k -> newModel(asserted));
            g.add(link);
            copyProperties(g, ev);
            copyProperties(g, sentence);
            copyDocument(g, doc);
            copyStatement(g, st);
        }
        graphs.values().forEach(DocumentGraphs::addConfidences);
        return graphs;
    }

    /** A statement's confidence in a document graph is what that document's evidence alone gives it. */
    private static void addConfidences(Model g) {
        for (Resource st : g.listSubjectsWithProperty(BIOKG.evidence).toList()) {
            double disbelief = 1.0;
            for (Statement link : st.listProperties(BIOKG.evidence).toList()) {
                Statement c = link.getResource().getProperty(BIOKG.confidence);
                if (c != null) {
                    disbelief *= 1.0 - c.getDouble();
                }
            }
            double confidence = Math.round((1.0 - disbelief) * 10_000) / 10_000.0;
            st.addLiteral(BIOKG.confidence, g.createTypedLiteral(Double.toString(confidence),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble));
        }
    }

    /** {@code …/resource/document/ada-roe} → {@code …/graph/document/ada-roe}. */
    static String graphOf(String documentIri) {
        return BIOKG.DOCUMENT_GRAPH_BASE + documentIri.substring(documentIri.lastIndexOf('/') + 1);
    }

    private static Model newModel(Model asserted) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(asserted.getNsPrefixMap());
        return m;
    }

    private static void copyProperties(Model g, Resource r) {
        g.add(r.listProperties().toList());
    }

    private static void copyDocument(Model g, Resource doc) {
        for (Statement s : doc.listProperties().toList()) {
            if (!s.getPredicate().getURI().startsWith(PROV.NS)) {
                g.add(s);
            }
        }
    }

    /** The statement's reification, its plain triple, and the type and label of what it relates. */
    private static void copyStatement(Model g, Resource st) {
        Resource s = st.getPropertyResourceValue(RDF.subject);
        Resource p = st.getPropertyResourceValue(RDF.predicate);
        RDFNode o = st.getProperty(RDF.object) == null ? null : st.getProperty(RDF.object).getObject();
        g.add(st, RDF.type, st.getPropertyResourceValue(RDF.type) == null ? BIOKG.FactStatement : st.getPropertyResourceValue(RDF.type));
        if (s == null || p == null || o == null) {
            return;
        }
        g.add(st, RDF.subject, s).add(st, RDF.predicate, p).add(st, RDF.object, o);
        if (st.getModel().contains(s, st.getModel().createProperty(p.getURI()), o)) {
            g.add(s, g.createProperty(p.getURI()), o);
        }
        for (RDFNode n : new RDFNode[]{s, o}) {
            if (n.isURIResource()) {
                Resource r = n.asResource();
                g.add(r.listProperties(RDF.type).toList());
                g.add(r.listProperties(RDFS.label).toList());
            }
        }
    }
}
