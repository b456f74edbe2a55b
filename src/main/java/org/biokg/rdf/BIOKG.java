package org.biokg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.biokg.extract.EntityType;
import org.biokg.extract.Relation;

/**
 * Terms of the biokg ontology ({@code ontology/biokg.ttl}), in the style of Jena's vocabulary classes, plus
 * the namespaces and graph names of the data model.
 */
public final class BIOKG {
    private BIOKG() {
    }

    /** Namespace of the ontology terms. */
    public static final String NS = "https://w3id.org/biokg/ontology#";
    /** IRI of the ontology itself. */
    public static final String ONTOLOGY = "https://w3id.org/biokg/ontology";
    /** Default base for data IRIs (entities, facts, terms, evidence, documents, runs). */
    public static final String RESOURCE_BASE = "https://w3id.org/biokg/resource/";
    /** Named graph that holds facts below the confidence threshold, with their statements and evidence. */
    public static final String CANDIDATES_GRAPH = "https://w3id.org/biokg/graph/candidates";
    /**
     * Prefix of the named graphs that hold one document's own evidence: {@code <…/graph/document/ada-roe>} has
     * what ada-roe.txt says (its statements, evidence, sentences), while the default graph merges all documents.
     */
    public static final String DOCUMENT_GRAPH_BASE = "https://w3id.org/biokg/graph/document/";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes: entities
    public static final Resource Agent = resource("Agent");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Place = resource("Place");
    public static final Resource Office = resource("Office");
    public static final Resource Publication = resource("Publication");
    public static final Resource Event = resource("Event");
    public static final Resource OfficeTerm = resource("OfficeTerm");

    // Classes: evidence and provenance
    public static final Resource FactStatement = resource("FactStatement");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource ExtractionRun = resource("ExtractionRun");
    public static final Resource DateValue = resource("DateValue");

    // Relations (local names = Relation ids)
    public static final Property alliedWith = property("alliedWith");
    public static final Property opposed = property("opposed");
    public static final Property expelledFrom = property("expelledFrom");
    public static final Property heldOffice = property("heldOffice");
    public static final Property memberOf = property("memberOf");
    public static final Property spouse = property("spouse");
    public static final Property parentOf = property("parentOf");
    public static final Property siblingOf = property("siblingOf");
    public static final Property bornIn = property("bornIn");
    public static final Property birthDate = property("birthDate");
    public static final Property diedIn = property("diedIn");
    public static final Property deathDate = property("deathDate");
    public static final Property killedBy = property("killedBy");
    public static final Property exiledTo = property("exiledTo");
    public static final Property residedIn = property("residedIn");
    public static final Property founded = property("founded");

    // Office terms
    public static final Property hasOfficeTerm = property("hasOfficeTerm");
    public static final Property holder = property("holder");
    public static final Property office = property("office");
    public static final Property ofBody = property("ofBody");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property startDateSentence = property("startDateSentence");
    public static final Property endDateSentence = property("endDateSentence");
    public static final Property officeTerm = property("officeTerm");

    // Evidence
    public static final Property confidence = property("confidence");
    public static final Property evidence = property("evidence");
    public static final Property rule = property("rule");
    public static final Property repair = property("repair");
    public static final Property sentence = property("sentence");
    public static final Property subjectStart = property("subjectStart");
    public static final Property subjectEnd = property("subjectEnd");
    public static final Property objectStart = property("objectStart");
    public static final Property objectEnd = property("objectEnd");
    public static final Property text = property("text");
    public static final Property index = property("index");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property inDocument = property("inDocument");
    public static final Resource EntityMerge = resource("EntityMerge");
    public static final Property mergedInto = property("mergedInto");
    public static final Property mergedName = property("mergedName");
    public static final Property mergedDocument = property("mergedDocument");
    public static final Property targetDocument = property("targetDocument");
    public static final Property mergeReason = property("mergeReason");
    public static final Property sha256 = property("sha256");
    public static final Property confidenceThreshold = property("confidenceThreshold");

    // Entity links (to DBpedia / Wikipedia)
    public static final Property linkCandidate = property("linkCandidate");
    public static final Property linkConfidence = property("linkConfidence");

    /** The property of a relation: its local name is {@link Relation#id()}. */
    public static Property property(Relation relation) {
        return property(relation.id());
    }

    /** The class of an entity type: its local name is {@link EntityType#label()}. */
    public static Resource type(EntityType type) {
        return resource(type.label());
    }
}
