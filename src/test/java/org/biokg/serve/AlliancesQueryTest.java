package org.biokg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.biokg.fixtures.MadeUpBiography;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The alliances query leaves out trios whose dates say they were never allied at one time. */
class AlliancesQueryTest {
    private static final String RES = MadeUpBiography.RES;
    private static final String BIOKG = MadeUpBiography.BIOKG;

    @Test
    void anOppositionBeforeTheLastAllianceBeganEndsTheTrio() {
        Dataset ds = MadeUpBiography.dataset();
        assertEquals(List.of("Ilse Varga|Mira Kessel|Tomas Brenn", "Ilse Varga|Pavel Ostrow|Tomas Brenn"), trios(ds));

        // Kessel (allied with Brenn since October 1917) turned against him in 1920; Brenn and Varga allied in 1923.
        opposed(ds.getDefaultModel(), MadeUpBiography.MIRA, MadeUpBiography.TOMAS, "1920");
        assertEquals(List.of("Ilse Varga|Pavel Ostrow|Tomas Brenn"), trios(ds));
    }

    @Test
    void anOppositionBeforeTheAllianceDoesNotEndItNorDoesADeathAfterIt() {
        Dataset ds = MadeUpBiography.dataset();
        opposed(ds.getDefaultModel(), MadeUpBiography.MIRA, MadeUpBiography.TOMAS, "1910");
        Model m = ds.getDefaultModel();
        m.getResource(RES + MadeUpBiography.PAVEL).addProperty(m.createProperty(BIOKG, "deathDate"),
                MadeUpBiography.date("1923-05"));
        assertEquals(List.of("Ilse Varga|Mira Kessel|Tomas Brenn", "Ilse Varga|Pavel Ostrow|Tomas Brenn"), trios(ds));

        // A death the year before the alliance began: that trio never was.
        m.getResource(RES + MadeUpBiography.PAVEL).removeAll(m.createProperty(BIOKG, "deathDate"))
                .addProperty(m.createProperty(BIOKG, "deathDate"), MadeUpBiography.date("1922-12-01"));
        assertEquals(List.of("Ilse Varga|Mira Kessel|Tomas Brenn"), trios(ds));
    }

    private static void opposed(Model m, String s, String o, String since) {
        Resource st = m.createResource(RES + "fact/opposed-" + s + "-" + since)
                .addProperty(RDF.type, m.createResource(BIOKG + "FactStatement"))
                .addProperty(RDF.subject, m.getResource(RES + s))
                .addProperty(RDF.predicate, m.createProperty(BIOKG, "opposed"))
                .addProperty(RDF.object, m.getResource(RES + o))
                .addProperty(m.createProperty(BIOKG, "startDate"), MadeUpBiography.date(since));
        st.getPropertyResourceValue(RDF.subject).addProperty(m.createProperty(BIOKG, "opposed"), m.getResource(RES + o));
    }

    private static List<String> trios(Dataset ds) {
        String q = NamedQueries.find("alliances").orElseThrow().text();
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionFactory.create(QueryRunner.parse(q, "alliances"), ds)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.getLiteral("first").getString() + "|" + s.getLiteral("second").getString() + "|"
                        + s.getLiteral("third").getString());
            }
        }
        return out;
    }
}
