package org.biokg.rdf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.biokg.extract.EntityType;
import org.biokg.extract.Relation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyTest {
    private static final String WDT = Prefixes.WDT;
    private static final Model ONTOLOGY = load("biokg.ttl");
    private static final Model ALIGNMENT = load("alignment.ttl");
    private static final Model SHAPES = load("shapes.ttl");

    private static Model load(String name) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = OntologyTest.class.getClassLoader().getResourceAsStream("org/biokg/ontology/" + name)) {
            assertNotNull(in, name + " is packed in the jar");
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return m;
    }

    private static boolean declared(Resource term) {
        return ONTOLOGY.contains(term, RDF.type, OWL.Class) || ONTOLOGY.contains(term, RDF.type, OWL.ObjectProperty)
                || ONTOLOGY.contains(term, RDF.type, OWL.DatatypeProperty) || ONTOLOGY.contains(term, RDF.type, RDFS.Datatype);
    }

    @Test
    void headerHasVersionLicenceCreatorAndDescription() {
        Resource ont = ONTOLOGY.getResource(BIOKG.ONTOLOGY);
        assertTrue(ONTOLOGY.contains(ont, RDF.type, OWL.Ontology));
        assertTrue(ont.hasProperty(OWL.versionInfo));
        assertTrue(ont.hasProperty(DCTerms.license, ONTOLOGY.getResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(ont.hasProperty(DCTerms.creator, "biokg contributors"));
        assertTrue(ont.hasProperty(DCTerms.description));
    }

    @Test
    void everyTermHasALabelAndAComment() {
        Set<Resource> terms = ONTOLOGY.listSubjects().filterKeep(r -> r.isURIResource() && r.getURI().startsWith(BIOKG.NS)).toSet();
        assertTrue(terms.size() > 40, "found " + terms.size());
        for (Resource t : terms) {
            assertTrue(t.hasProperty(RDFS.label), t + " has a label");
            assertTrue(t.hasProperty(RDFS.comment), t + " has a comment");
            assertTrue(declared(t), t + " is declared as a class, property or datatype");
        }
    }

    @Test
    void everyRelationIsAPropertyWithDomainAndRange() {
        for (Relation r : Relation.values()) {
            Property p = BIOKG.property(r);
            assertTrue(ONTOLOGY.contains(p, RDF.type, r.dateValued() ? OWL.DatatypeProperty : OWL.ObjectProperty), r.id());
            assertTrue(p.inModel(ONTOLOGY).hasProperty(RDFS.domain), r.id() + " has a domain");
            assertTrue(p.inModel(ONTOLOGY).hasProperty(RDFS.range), r.id() + " has a range");
            assertEquals(r.symmetric(), ONTOLOGY.contains(p, RDF.type, OWL.SymmetricProperty), r.id() + " symmetric");
        }
        for (EntityType t : EntityType.values()) {
            assertTrue(ONTOLOGY.contains(BIOKG.type(t), RDF.type, OWL.Class), t.label());
        }
        assertTrue(ONTOLOGY.contains(BIOKG.FactStatement, RDFS.subClassOf, RDF.Statement));
        assertTrue(ONTOLOGY.contains(BIOKG.FactStatement, RDFS.subClassOf, PROV.Entity));
        assertTrue(ONTOLOGY.contains(BIOKG.ExtractionRun, RDFS.subClassOf, PROV.Activity));
    }

    @Test
    void everyVocabularyConstantIsDeclared() throws IllegalAccessException {
        for (Field f : BIOKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r) {
                assertTrue(declared(r), "BIOKG." + f.getName() + " is declared in biokg.ttl");
            }
        }
    }

    @Test
    void everyTermUsedInBuiltDataIsDeclared() {
        Dataset ds = SampleBiography.builder().toDataset(SampleBiography.result());
        Set<String> used = new TreeSet<>();
        ds.asDatasetGraph().find().forEachRemaining(q -> {
            used.add(q.getPredicate().getURI());
            if (q.getPredicate().equals(RDF.type.asNode()) || q.getPredicate().equals(RDF.predicate.asNode())) {
                used.add(q.getObject().getURI());
            }
        });
        Set<String> ours = new TreeSet<>();
        for (String iri : used) {
            if (iri.startsWith(BIOKG.NS)) {
                ours.add(iri);
                assertTrue(declared(ONTOLOGY.getResource(iri)), iri + " is declared in biokg.ttl");
            } else {
                // Outside terms come only from the vocabularies of the data model.
                assertTrue(iri.startsWith(RDF.getURI()) || iri.startsWith(RDFS.getURI()) || iri.startsWith(SKOS.getURI())
                        || iri.startsWith(PROV.NS) || iri.startsWith(SCHEMA.NS), iri);
            }
        }
        assertTrue(ours.size() > 30, ours.toString());
    }

    /**
     * The alignment as a benchmark reads it: for each biokg property, the wdt: IRIs reached by
     * subPropertyOf, equivalentProperty or closeMatch, and (marked "^") by inverseOf.
     */
    static Map<String, Set<String>> wikidataMappings(Model alignment) {
        Map<String, Set<String>> map = new TreeMap<>();
        for (Property link : new Property[]{RDFS.subPropertyOf, OWL.equivalentProperty, SKOS.closeMatch, OWL.inverseOf}) {
            for (Statement s : alignment.listStatements(null, link, (RDFNode) null).toList()) {
                String subject = s.getSubject().getURI();
                String object = s.getObject().isURIResource() ? s.getResource().getURI() : "";
                if (subject.startsWith(BIOKG.NS) && object.startsWith(WDT)) {
                    String id = object.substring(WDT.length());
                    map.computeIfAbsent(subject.substring(BIOKG.NS.length()), k -> new TreeSet<>())
                            .add(link.equals(OWL.inverseOf) ? "^" + id : id);
                }
            }
        }
        return map;
    }

    @Test
    void alignmentMapsRelationsToWikidata() {
        Map<String, Set<String>> expected = new HashMap<>();
        expected.put("heldOffice", Set.of("P39"));
        expected.put("memberOf", Set.of("P102", "P463"));
        expected.put("spouse", Set.of("P26"));
        expected.put("parentOf", Set.of("P40"));
        expected.put("siblingOf", Set.of("P3373"));
        expected.put("bornIn", Set.of("P19"));
        expected.put("diedIn", Set.of("P20"));
        expected.put("birthDate", Set.of("P569"));
        expected.put("deathDate", Set.of("P570"));
        expected.put("killedBy", Set.of("P157"));
        expected.put("residedIn", Set.of("P551"));
        expected.put("founded", Set.of("^P112"));
        assertEquals(new TreeMap<>(expected), wikidataMappings(ALIGNMENT));
    }

    @Test
    void alignmentAndShapesOnlyNameDeclaredTerms() {
        for (Model m : new Model[]{ALIGNMENT, SHAPES}) {
            m.listStatements().forEach(s -> {
                for (RDFNode n : new RDFNode[]{s.getSubject(), s.getPredicate(), s.getObject()}) {
                    if (n.isURIResource() && n.asResource().getURI().startsWith(BIOKG.NS)) {
                        assertTrue(declared(n.asResource()), n + " is declared in biokg.ttl");
                    }
                }
            });
        }
    }

    @Test
    void shapesCoverEveryRelation() {
        Resource plainFacts = SHAPES.getResource("https://w3id.org/biokg/shapes#PlainFactShape");
        Property targetSubjectsOf = SHAPES.createProperty("http://www.w3.org/ns/shacl#targetSubjectsOf");
        for (Relation r : Relation.values()) {
            assertTrue(SHAPES.contains(plainFacts, targetSubjectsOf, BIOKG.property(r)), r.id());
        }
    }

    @Test
    void jsonLdContextHasAShortKeyForEveryTermInTheData() throws IOException {
        JsonObject context;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(JsonLdCompactor.CONTEXT_RESOURCE)) {
            assertNotNull(in);
            context = Json.createReader(in).readObject().getJsonObject("@context");
        }
        Set<Resource> terms = ONTOLOGY.listSubjects().filterKeep(r -> r.isURIResource() && r.getURI().startsWith(BIOKG.NS)).toSet();
        for (Resource t : terms) {
            String local = t.getLocalName();
            if (local.equals("Agent") || local.equals("DateValue")) {
                continue; // never in data
            }
            JsonValue def = context.get(local);
            assertNotNull(def, "context has a key for " + local);
            String id = def instanceof JsonObject o ? o.getString("@id") : ((jakarta.json.JsonString) def).getString();
            assertEquals("biokg:" + local, id);
        }
        assertFalse(context.containsKey("Agent"));
    }
}
