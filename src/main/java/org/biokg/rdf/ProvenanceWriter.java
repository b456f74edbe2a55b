package org.biokg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.biokg.extract.DateSource;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.text.Span;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.biokg.rdf.TypedLiterals.doubleLiteral;
import static org.biokg.rdf.TypedLiterals.integer;

/**
 * Writes where the facts come from, each resource once per graph: the sentences (or infobox fields, headings)
 * the evidence quotes, the source documents they are in, and the extraction run that used the documents.
 */
final class ProvenanceWriter {
    private final IriMinter minter;
    private final EntityResources entities;
    private final Map<String, ExtractionResult> documents;
    private final Map<String, String> digests;
    private final String runIri;
    private final Instant runStarted;
    private final double threshold;
    private final Map<String, SentenceRef> sentences = new HashMap<>();

    ProvenanceWriter(IriMinter minter, EntityResources entities, Map<String, ExtractionResult> documents,
                     Map<String, String> digests, String runIri, Instant runStarted, double threshold) {
        this.minter = minter;
        this.entities = entities;
        this.documents = documents;
        this.digests = digests;
        this.runIri = runIri;
        this.runStarted = runStarted;
        this.threshold = threshold;
    }

    /** A sentence, infobox field or heading of a document, as a biokg:Sentence. */
    record SentenceRef(String documentId, DateSource.Kind kind, int index, Span span, String text) {
        static SentenceRef of(Evidence ev) {
            return new SentenceRef(ev.documentId(), ev.sentenceIndex() >= 0 ? DateSource.Kind.SENTENCE : DateSource.Kind.INFOBOX,
                    ev.sentenceIndex(), ev.sentence(), ev.sentenceText());
        }

        static SentenceRef of(DateSource d) {
            return new SentenceRef(d.documentId(), d.kind(), d.sentenceIndex(), d.span(), d.text());
        }
    }

    Resource sentence(GraphTarget t, SentenceRef ref) {
        String iri = switch (ref.kind()) {
            case SENTENCE -> minter.sentence(ref.documentId(), ref.index());
            case INFOBOX -> minter.infobox(ref.documentId(), ref.span().start());
            case HEADING -> minter.heading(ref.documentId(), ref.span().start());
        };
        Resource r = t.model.createResource(iri);
        if (t.firstTime(iri)) {
            // The first evidence that names a sentence fixes its text, so every graph agrees on it.
            SentenceRef first = sentences.computeIfAbsent(iri, k -> ref);
            Model m = t.model;
            r.addProperty(RDF.type, BIOKG.Sentence);
            r.addProperty(BIOKG.text, first.text());
            if (first.kind() == DateSource.Kind.SENTENCE) {
                r.addLiteral(BIOKG.index, integer(m, first.index()));
            }
            r.addLiteral(BIOKG.startOffset, integer(m, first.span().start()));
            r.addLiteral(BIOKG.endOffset, integer(m, first.span().end()));
            r.addProperty(BIOKG.inDocument, document(t, first.documentId()));
        }
        return r;
    }

    Resource document(GraphTarget t, String documentId) {
        String iri = minter.document(documentId);
        Resource doc = t.model.createResource(iri);
        if (t.firstTime(iri)) {
            ExtractionResult r = documents.get(documentId);
            doc.addProperty(RDF.type, BIOKG.SourceDocument);
            // The file's name, never the local path it was read from; the title is the subject's name.
            doc.addProperty(RDFS.label, r != null ? fileName(r.sourceName()) : documentId, "en");
            if (r != null) {
                doc.addProperty(SCHEMA.about, entities.resource(t, EntityResources.key(r.subject())));
                doc.addProperty(SCHEMA.name, r.subject().label(), "en");
            }
            String sha = digests.get(documentId);
            if (sha != null) {
                doc.addProperty(BIOKG.sha256, sha);
            }
            run(t).addProperty(PROV.used, doc);
        }
        return doc;
    }

    Resource run(GraphTarget t) {
        Resource run = t.model.createResource(runIri);
        if (t.firstTime(runIri)) {
            Model m = t.model;
            run.addProperty(RDF.type, BIOKG.ExtractionRun);
            run.addLiteral(PROV.startedAtTime, m.createTypedLiteral(runStarted.toString(), XSDDatatype.XSDdateTime));
            run.addLiteral(BIOKG.confidenceThreshold, doubleLiteral(m, threshold));
        }
        return run;
    }

    /** "leon-trotsky.txt" for "/home/ann/data/leon-trotsky.txt" (either separator). */
    static String fileName(String source) {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        return name.isEmpty() ? source : name;
    }
}
