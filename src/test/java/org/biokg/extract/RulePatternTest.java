package org.biokg.extract;

import org.biokg.TestPipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each relation's rules on short sentences written for the test (not from the seed), positives and
 * negatives. All sentences form one made-up biography, annotated once.
 */
class RulePatternTest {
    private static final String BIOGRAPHY = String.join(" ",
            "Margaret Holloway (1850–1921) was a British reformer.",
            "She was born in Leeds on March 4, 1850.",
            "She was the daughter of Thomas Holloway.",
            "Her younger brother Arthur married Edith Crane in 1875.",
            "In 1872 she married Henry Vane.",
            "They had two children together, Alice Vane and Robert Vane.",
            "Holloway joined the Liberal Party in 1874.",
            "In 1880 she sided with William Gladstone against Randolph Churchill.",
            "She refused to side with Joseph Chamberlain.",
            "Holloway was supported by Millicent Fawcett.",
            "She founded the Northern Reform League in 1882.",
            "In 1885 she was elected Chairman of the Leeds School Board.",
            "She was offered the post of Treasurer of the Reform Union but refused.",
            "She clashed with Herbert Asquith over the franchise.",
            "In 1890 Holloway was expelled from the Liberal Party.",
            "Edward Pryce was not expelled from the Liberal Party.",
            "Millicent Fawcett demanded Edward Pryce's expulsion from the Reform Union.",
            "She was deported from France to Belgium in 1895.",
            "She resigned as Chairman of the Leeds School Board on June 2, 1896.",
            "In 1898 she moved to Manchester.",
            "She was exiled to Malta in 1900.",
            "She died in London on May 9, 1921.");

    private static ExtractionResult result;

    @BeforeAll
    static void read() {
        result = TestPipelines.read("margaret-holloway.txt", BIOGRAPHY).result();
    }

    private static boolean has(String relation, String subject, String object) {
        Relation r = Relation.byId(relation).orElseThrow();
        for (Fact f : result.facts()) {
            if (f.relation() != r) {
                continue;
            }
            String s = f.subject().label();
            String o = f.objectLabel();
            if (matches(s, subject) && matches(o, object) || r.symmetric() && matches(s, object) && matches(o, subject)) {
                return true;
            }
        }
        return false;
    }

    private static Fact fact(String relation, String object) {
        Relation r = Relation.byId(relation).orElseThrow();
        return result.facts().stream().filter(f -> f.relation() == r && matches(f.objectLabel(), object)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + relation + " with " + object + " in " + facts()));
    }

    private static boolean matches(String label, String expected) {
        return label.equals(expected) || label.endsWith(" " + expected) || expected.endsWith(" " + label);
    }

    private static String facts() {
        return result.facts().toString();
    }

    private static void assertFact(String relation, String subject, String object) {
        assertTrue(has(relation, subject, object), relation + "(" + subject + ", " + object + ") missing from " + facts());
    }

    private static void assertNoFact(String relation, String subject, String object) {
        assertFalse(has(relation, subject, object), relation + "(" + subject + ", " + object + ") should not be read: " + facts());
    }

    @Test
    void subjectComesFromTheLeadSentence() {
        assertTrue(result.subject().label().equals("Margaret Holloway"), result.subject().toString());
    }

    @Test
    void birthAndDeath() {
        assertFact("bornIn", "Margaret Holloway", "Leeds");
        assertFact("birthDate", "Margaret Holloway", "1850-03-04");
        assertFact("diedIn", "Margaret Holloway", "London");
        assertFact("deathDate", "Margaret Holloway", "1921-05-09");
    }

    @Test
    void family() {
        assertFact("parentOf", "Thomas Holloway", "Margaret Holloway");
        assertFact("siblingOf", "Margaret Holloway", "Arthur");
        assertFact("spouse", "Arthur", "Edith Crane");
        assertFact("spouse", "Margaret Holloway", "Henry Vane");
        assertFact("parentOf", "Margaret Holloway", "Alice Vane");
        assertFact("parentOf", "Margaret Holloway", "Robert Vane");
    }

    @Test
    void alliesAndOpponents() {
        assertFact("alliedWith", "Margaret Holloway", "William Gladstone");
        assertFact("opposed", "Margaret Holloway", "Randolph Churchill");
        assertFact("alliedWith", "Margaret Holloway", "Millicent Fawcett");
        assertFact("opposed", "Margaret Holloway", "Herbert Asquith");
    }

    @Test
    void refusingToSideIsNotAnAlliance() {
        assertNoFact("alliedWith", "Margaret Holloway", "Joseph Chamberlain");
    }

    @Test
    void membershipFoundingAndExpulsion() {
        assertFact("memberOf", "Margaret Holloway", "Liberal Party");
        assertEquals1874(fact("memberOf", "Liberal Party"));
        assertFact("founded", "Margaret Holloway", "Northern Reform League");
        assertFact("expelledFrom", "Margaret Holloway", "Liberal Party");
        assertFact("expelledFrom", "Margaret Holloway", "France");
        assertFact("exiledTo", "Margaret Holloway", "Belgium");
        assertFact("exiledTo", "Margaret Holloway", "Malta");
        assertFact("residedIn", "Margaret Holloway", "Manchester");
    }

    private static void assertEquals1874(Fact f) {
        assertTrue(f.start() != null && f.start().iso().equals("1874"), "start of " + f);
    }

    @Test
    void notExpelledIsNotAnExpulsion() {
        assertNoFact("expelledFrom", "Edward Pryce", "Liberal Party");
        // demanded, not done
        assertNoFact("expelledFrom", "Edward Pryce", "Reform Union");
    }

    @Test
    void officeWithTermStartAndEndFromTwoSentences() {
        Fact chair = fact("heldOffice", "Chairman of the Leeds School Board");
        assertTrue(chair.subject().label().equals("Margaret Holloway"), chair.toString());
        assertTrue(chair.start() != null && chair.start().iso().equals("1885"), "start: " + chair);
        assertTrue(chair.end() != null && chair.end().iso().equals("1896-06-02"), "end: " + chair);
        assertTrue(chair.evidence().size() >= 2, "evidence from both sentences: " + chair.evidence());
    }

    @Test
    void aRefusedOfferIsNotAnOffice() {
        assertNoFact("heldOffice", "Margaret Holloway", "Treasurer of the Reform Union");
    }

    @Test
    void everyFactCarriesEvidenceWithOffsetsIntoTheOriginal() {
        for (Fact f : result.facts()) {
            assertFalse(f.evidence().isEmpty(), f.toString());
            for (Evidence e : f.evidence()) {
                assertTrue(e.confidence() > 0 && e.confidence() <= 1, e.toString());
                assertTrue(e.rule().startsWith(f.relation().id() + "/"), e.rule());
                String at = BIOGRAPHY.substring(e.sentence().start(), e.sentence().end());
                assertTrue(at.equals(e.sentenceText()), at + " vs " + e.sentenceText());
                if (e.objectSpan() != null && f.object() != null) {
                    String obj = BIOGRAPHY.substring(e.objectSpan().start(), e.objectSpan().end());
                    assertFalse(obj.isBlank(), f.toString());
                }
            }
        }
        List<String> ids = result.entities().stream().map(Entity::id).toList();
        assertTrue(ids.size() == ids.stream().distinct().count());
    }
}
