package org.biokg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OWL;

/**
 * Writes an entity's Wikipedia link: at or above the link threshold the entity is the DBpedia resource
 * ({@code owl:sameAs}) and the article is about it ({@code schema:sameAs}, {@code foaf:isPrimaryTopicOf});
 * below it the DBpedia resource is only a {@code biokg:linkCandidate}, which no reasoner takes for identity.
 * Either way {@code biokg:linkConfidence} says how sure the link is.
 */
final class EntityLinks {
    private EntityLinks() {
    }

    static void write(Resource entity, String title, double confidence, double threshold) {
        if (title == null || title.isBlank()) {
            return;
        }
        Model m = entity.getModel();
        Resource dbpedia = m.createResource(WikiIris.dbpedia(title));
        if (confidence >= threshold) {
            Resource article = m.createResource(WikiIris.wikipedia(title));
            entity.addProperty(OWL.sameAs, dbpedia);
            entity.addProperty(SCHEMA.sameAs, article);
            entity.addProperty(FOAF.isPrimaryTopicOf, article);
        } else {
            entity.addProperty(BIOKG.linkCandidate, dbpedia);
        }
        double rounded = Math.round(confidence * 10_000) / 10_000.0;
        entity.addLiteral(BIOKG.linkConfidence, m.createTypedLiteral(Double.toString(rounded), XSDDatatype.XSDdouble));
    }
}
