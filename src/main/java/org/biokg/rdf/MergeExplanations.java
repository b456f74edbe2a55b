package org.biokg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.biokg.link.EntityMerge;
import org.biokg.rdf.IriMinter.EntityKey;

import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The merges as resources, across documents and within one, so "why is this one person?" has an answer in SPARQL:
 * <pre>
 * ?m a biokg:EntityMerge ; biokg:mergedInto ?who ; biokg:mergedName "Roe" ; biokg:mergedDocument ?doc ;
 *    biokg:targetDocument ?from ; biokg:mergeReason ?why .
 * </pre>
 * The evidence behind the merged name is that document's evidence for the resource's statements (its named
 * graph, {@link IriMinter#documentGraph}).
 */
final class MergeExplanations {
    private MergeExplanations() {
    }

    /**
     * The merges each document's consolidation made ("Janowka" and "Yanovka" one birth place; "War correspondent"
     * the post "War correspondent for the Clarion"): the same resources, with the document as both ends.
     */
    static List<EntityMerge> withinDocuments(Collection<ExtractionResult> results) {
        List<EntityMerge> out = new ArrayList<>();
        for (ExtractionResult r : results) {
            for (Entity e : r.allEntities()) {
                e.mergedNames().forEach((name, reason) -> out.add(new EntityMerge(r.documentId(), "merged:" + name, name,
                        e.type(), e.label(), r.documentId(), reason, e.scope())));
            }
        }
        return out;
    }

    static void write(Model m, Collection<EntityMerge> merges, IriMinter minter, Function<EntityKey, String> entityIri,
                      Function<String, Resource> document) {
        for (EntityMerge x : merges) {
            String into = entityIri.apply(new EntityKey(x.type(), x.intoLabel(), x.intoScope()));
            if (into == null) {
                continue; // the merged entity took part in no fact that was written
            }
            Resource r = m.createResource(minter.merge(x.documentId(), x.entityId(), x.intoLabel()));
            r.addProperty(RDF.type, BIOKG.EntityMerge);
            r.addProperty(BIOKG.mergedInto, m.createResource(into));
            r.addProperty(BIOKG.mergedName, x.fromLabel(), "en");
            r.addProperty(BIOKG.mergedDocument, document.apply(x.documentId()));
            r.addProperty(BIOKG.targetDocument, document.apply(x.intoDocumentId()));
            r.addProperty(BIOKG.mergeReason, x.reason(), "en");
        }
    }
}
