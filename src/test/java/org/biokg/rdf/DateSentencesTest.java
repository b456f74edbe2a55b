package org.biokg.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;
import org.biokg.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dated statement names the sentence that states each date (made up: an alliance told in 1919 and again in 1926,
 * dated by the sentence before the first), so "since 1919" is shown with the 1919 sentence, not the 1926 one.
 */
class DateSentencesTest {
    private static final String TEXT = String.join("\n",
            "{{Infobox person | order1 = Mayor of Veld | term_start1 = 1930 }}",
            "By October 1919 the war was at its worst.",
            "Ann Roe was supported by Bob Lind.",
            "In 1926 Ann Roe kept her alliance with Bob Lind.",
            "");

    private static Span line(int n) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            start = TEXT.indexOf('\n', start) + 1;
        }
        return new Span(start, TEXT.indexOf('\n', start));
    }

    private static Evidence evidence(int n, String rule) {
        Span s = line(n);
        return new Evidence("ann-roe", n - 1, s, TEXT.substring(s.start(), s.end()), null, null, rule, 0.8);
    }

    private static Dataset graph() {
        Entity ann = new Entity("e1", "Ann Roe", EntityType.PERSON);
        Entity bob = new Entity("e2", "Bob Lind", EntityType.PERSON);
        Entity mayor = new Entity("e3", "Mayor of Veld", EntityType.OFFICE);
        Fact allied = Fact.between(Relation.ALLIED_WITH, ann, bob);
        allied.addEvidence(evidence(2, "alliedWith/was-supported-by"));
        allied.addEvidence(evidence(3, "alliedWith/alliance-of-possessor"));
        allied.setStart(new TimeValue("1919-10"));
        Span before = line(1);
        allied.setStartSource(new DateSource("ann-roe", DateSource.Kind.SENTENCE, 0, before,
                TEXT.substring(before.start(), before.end())));
        Fact office = Fact.between(Relation.HELD_OFFICE, ann, mayor);
        int field = TEXT.indexOf("order1");
        office.addEvidence(new Evidence("ann-roe", -1, new Span(field, field + 21), "infobox: order1 = Mayor of Veld",
                null, null, "infobox/order", 0.9));
        office.setStart(new TimeValue("1930"));
        int termField = TEXT.indexOf("term_start1");
        office.setStartSource(new DateSource("ann-roe", DateSource.Kind.INFOBOX, -1, new Span(termField, termField + 18),
                "infobox: term_start1 = 1930"));
        return GraphBuilder.create().build().toDataset(new ExtractionResult("ann-roe", "ann-roe.txt", ann,
                List.of(ann, bob, mayor), List.of(allied, office)));
    }

    @Test
    void aDatedStatementNamesTheSentenceThatStatesItsDate() {
        Dataset ds = graph();
        List<QuerySolution> rows = Sparql.select(ds.getDefaultModel(), """
                SELECT ?start ?text ?begin WHERE {
                  ?st rdf:subject/rdfs:label "Ann Roe"@en ; rdf:predicate biokg:alliedWith ; biokg:startDate ?start ;
                      biokg:startDateSentence [ biokg:text ?text ; biokg:startOffset ?begin ] .
                }""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("1919-10", rows.get(0).getLiteral("start").getLexicalForm());
        assertEquals("By October 1919 the war was at its worst.", rows.get(0).getLiteral("text").getString());
        assertEquals(line(1).start(), rows.get(0).getLiteral("begin").getInt());
    }

    @Test
    void anInfoboxTermStartIsShownAsItsField() {
        List<QuerySolution> rows = Sparql.select(graph().getDefaultModel(), """
                SELECT ?text WHERE { ?st rdf:predicate biokg:heldOffice ; biokg:startDateSentence/biokg:text ?text }""");
        assertEquals("infobox: term_start1 = 1930", rows.get(0).getLiteral("text").getString());
    }

    @Test
    void theGraphStillConformsToItsShapes() {
        ValidationResult r = GraphValidator.standard().validate(graph());
        assertTrue(r.conforms(), r.toString());
    }
}
