package org.biokg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.biokg.link.EntityMerge;
import org.biokg.rdf.IriMinter.EntityKey;

import java.util.Collection;
import java.util.function.Function;

/**
 * The cross-document merges as resources, so "why is this one person?" has an answer in SPARQL:
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
