package org.biokg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphValidatorTest {
    private static final String RES = BIOKG.RESOURCE_BASE;

    private static Dataset sample() {
        return SampleBiography.builder().toDataset(SampleBiography.result());
    }

    /** Validates the sample after {@code breakIt} changed its asserted graph. */
    private static ValidationResult broken(Consumer<Model> breakIt) {
        Dataset ds = sample();
        breakIt.accept(ds.getDefaultModel());
        return GraphValidator.standard().validate(ds);
    }

    private static Resource statement(Model m, org.apache.jena.rdf.model.Property relation) {
        return m.listResourcesWithProperty(RDF.predicate, relation).next();
    }

    /** A repair on evidence is its kebab-case id; anything else does not conform. */
    @Test
    void aRepairIsAKebabCaseId() {
        Consumer<Model> addRepair = m -> m.listResourcesWithProperty(RDF.type, BIOKG.Evidence).next()
                .addProperty(BIOKG.repair, "restore-glued-subjects");
        assertTrue(broken(addRepair).conforms(), broken(addRepair).report());
        Consumer<Model> addBadRepair = m -> m.listResourcesWithProperty(RDF.type, BIOKG.Evidence).next()
                .addProperty(BIOKG.repair, "Restore glued subjects");
        assertFalse(broken(addBadRepair).conforms());
    }

    @Test
    void builtGraphConforms() {
        Dataset ds = sample();
        ValidationResult result = GraphValidator.standard().validate(ds);
        assertTrue(result.conforms(), result.report());
        // the default graph, the candidates graph and the document's own graph (DocumentGraphs)
        assertEquals(3, result.graphs());
        long all = ds.asDatasetGraph().getDefaultGraph().size();
        for (java.util.Iterator<String> names = ds.listNames(); names.hasNext(); ) {
            all += ds.getNamedModel(names.next()).size();
        }
        assertEquals(all, result.triples());
        assertTrue(result.report().startsWith("Conforms to the biokg shapes"));
        assertTrue(GraphValidator.standard().validate(ds.getNamedModel(BIOKG.CANDIDATES_GRAPH).getGraph()).conforms(),
                "the candidates graph is self-contained");
    }

    @Test
    void missingLabel() {
        ValidationResult r = broken(m -> m.getResource(RES + "Drovnik").removeAll(RDFS.label));
        assertFalse(r.conforms());
        Violation v = only(r, "res:Drovnik", "rdfs:label", "an entity must have exactly one non-empty rdfs:label");
        assertNull(v.graph());
    }

    @Test
    void twoLabels() {
        ValidationResult r = broken(m -> m.getResource(RES + "Ilse_Kordt").addProperty(RDFS.label, "I. Kordt"));
        only(r, "res:Ilse_Kordt", "rdfs:label", "an entity must have exactly one non-empty rdfs:label");
    }

    @Test
    void confidenceOutOfRange() {
        ValidationResult r = broken(m -> {
            Resource st = statement(m, BIOKG.expelledFrom);
            st.removeAll(BIOKG.confidence);
            st.addLiteral(BIOKG.confidence, m.createTypedLiteral("1.5", XSDDatatype.XSDdouble));
        });
        Violation v = only(r, null, "biokg:confidence", "a fact statement must have exactly one biokg:confidence, an xsd:double in [0,1]");
        assertTrue(v.focusNode().startsWith("fact:"), v.focusNode());
        assertEquals("Mara Velinska biokg:expelledFrom Harbour Workers' League", v.focusLabel());
        assertEquals("\"1.5\"^^xsd:double", v.value());
    }

    @Test
    void evidenceConfidenceOutOfRange() {
        ValidationResult r = broken(m -> {
            Resource ev = statement(m, BIOKG.bornIn).getPropertyResourceValue(BIOKG.evidence);
            ev.removeAll(BIOKG.confidence);
            ev.addLiteral(BIOKG.confidence, m.createTypedLiteral("-0.1", XSDDatatype.XSDdouble));
        });
        Violation v = only(r, null, "biokg:confidence", "evidence must have exactly one biokg:confidence, an xsd:double in [0,1]");
        assertTrue(v.focusNode().startsWith("evidence:"), v.focusNode());
        assertTrue(v.focusLabel().startsWith("\"Mara Velinska (born 12 March 1881"), v.focusLabel());
    }

    @Test
    void statementWithoutEvidence() {
        ValidationResult r = broken(m -> statement(m, BIOKG.heldOffice).removeAll(BIOKG.evidence));
        only(r, null, "biokg:evidence", "a fact statement must have at least one biokg:evidence of type biokg:Evidence");
    }

    @Test
    void officeTermWithoutOffice() {
        ValidationResult r = broken(m -> m.listResourcesWithProperty(RDF.type, BIOKG.OfficeTerm).next().removeAll(BIOKG.office));
        Violation v = only(r, null, "biokg:office", "an office term must have exactly one biokg:office");
        assertTrue(v.focusNode().startsWith("term:"), v.focusNode());
    }

    @Test
    void factTripleWithoutStatement() {
        ValidationResult r = broken(m -> m.getResource(RES + "Mara_Velinska")
                .addProperty(BIOKG.exiledTo, m.getResource(RES + "Drovnik")));
        Violation v = only(r, "res:Mara_Velinska", "biokg:exiledTo", "this fact triple has no biokg:FactStatement, so no evidence");
        assertEquals("res:Drovnik", v.value());
        assertEquals("Mara Velinska", v.focusLabel());
    }

    @Test
    void statementWhoseTripleIsMissing() {
        ValidationResult r = broken(m -> m.remove(m.getResource(RES + "Mara_Velinska"), BIOKG.bornIn, m.getResource(RES + "Drovnik")));
        Violation v = only(r, null, null, "the triple this statement reifies is missing from the graph");
        assertEquals("Mara Velinska biokg:bornIn Drovnik", v.focusLabel());
    }

    @Test
    void dateWithTheWrongDatatype() {
        ValidationResult r = broken(m -> {
            Resource st = statement(m, BIOKG.alliedWith);
            st.removeAll(BIOKG.startDate);
            st.addProperty(BIOKG.startDate, "in 1904");
        });
        // Only one of the two statements of the symmetric fact was changed.
        only(r, null, "biokg:startDate", "a start date must be one xsd:date, xsd:gYearMonth or xsd:gYear");
    }

    @Test
    void sentenceWithoutText() {
        ValidationResult r = broken(m -> m.getResource(RES + "document/mara-velinska/sentence/3").removeAll(BIOKG.text));
        only(r, "doc:mara-velinska/sentence/3", "biokg:text", "a sentence must have exactly one non-empty biokg:text");
    }

    @Test
    void brokenCandidatesGraphIsReportedUnderItsName() {
        Dataset ds = sample();
        Model candidates = ds.getNamedModel(BIOKG.CANDIDATES_GRAPH);
        candidates.getResource(RES + "Port_Halden").removeAll(RDFS.label);
        ValidationResult r = GraphValidator.standard().validate(ds);
        assertFalse(r.conforms());
        assertTrue(r.violations().stream().allMatch(v -> BIOKG.CANDIDATES_GRAPH.equals(v.graph())), r.report());
        assertTrue(r.report().contains("graph <" + BIOKG.CANDIDATES_GRAPH + ">:"), r.report());
    }

    @Test
    void reportIsReadable() {
        ValidationResult r = broken(m -> {
            m.getResource(RES + "Drovnik").removeAll(RDFS.label);
            statement(m, BIOKG.heldOffice).removeAll(BIOKG.evidence);
        });
        String report = r.report();
        assertTrue(report.startsWith("Does not conform to the biokg shapes: " + r.violations().size() + " violations"), report);
        assertTrue(report.contains("default graph:\n"), report);
        assertTrue(report.contains("  res:Drovnik rdfs:label: an entity must have exactly one non-empty rdfs:label"), report);
        assertTrue(report.contains("(Mara Velinska biokg:heldOffice Chair of the Coastal Council) biokg:evidence: "
                + "a fact statement must have at least one biokg:evidence"), report);
    }

    /** Exactly one violation with this message; checks its focus (when given) and path. */
    private static Violation only(ValidationResult r, String focus, String path, String message) {
        assertFalse(r.conforms());
        List<Violation> matching = r.violations().stream().filter(v -> v.message().equals(message)).toList();
        assertEquals(1, matching.size(), r.report());
        Violation v = matching.get(0);
        if (focus != null) {
            assertEquals(focus, v.focusNode());
        }
        assertEquals(path, v.path());
        return v;
    }
}
