package org.biokg.link;

import org.biokg.TestPipelines;
import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;
import org.biokg.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consolidation of one document's facts ({@link DocumentConsolidation}) on a made-up biography read by the
 * whole pipeline: one birth place with its wider places, two spellings of it one place, one post under two names,
 * "X City" and "X", and no opposition read from a killing; and, on made-up results, what must stay apart.
 */
class DocumentConsolidationTest {
    private static final String BIOGRAPHY = String.join("\n",
            "  |birth_place = Kalnovka, Vetria |death_place = Norhavn, Vetria |order1 = President of the Weavers Council"
                    + " |term_start1 = May 3, 1901 |term_end1 = June 9, 1905 |predecessor1 =  Ada Holm (1860–1920) was"
                    + " a Vetrian weaver and editor.",
            "Early life (1860–1885)Ada Holm was born in Kalnowka, Morva County of Vetria. When she was nine, her family"
                    + " moved to Norhavn.",
            "Career (1885–1920)In 1890 Holm joined the Weavers Union and became editor of the Daily Clarion, a newspaper"
                    + " of the union. In 1890 she was appointed editor. In 1895 the Baltic Herald sent her abroad as its"
                    + " war correspondent. In 1898 she went abroad again as a war correspondent for the Baltic Herald."
                    + " In 1899 the Harbour Workers League elected her as its general secretary. On May 3, 1901 she was elected Chairman of the"
                    + " Weavers Council. In 1902 she moved to Salt Lake City. In 1903 she left Salt Lake for Denver. On"
                    + " August 20, 1920, Holm was successfully attacked in her home by an agent, Bob Lind, who struck"
                    + " her with an axe. She died in Norhavn, Vetria on August 21, 1920.",
            "");
    private static ExtractionResult raw;
    private static ExtractionResult consolidated;

    @BeforeAll
    static void read() {
        raw = TestPipelines.read("ada-holm.txt", BIOGRAPHY).result();
        consolidated = DocumentConsolidation.apply(raw);
    }

    private static List<String> objects(ExtractionResult r, Relation relation, String subject) {
        return r.facts().stream().filter(f -> f.relation() == relation && f.subject().label().equals(subject))
                .map(Fact::objectLabel).distinct().sorted().toList();
    }

    private static Fact fact(ExtractionResult r, Relation relation, String subject, String object) {
        return r.facts().stream().filter(f -> f.relation() == relation && f.subject().label().equals(subject)
                && f.objectLabel().equals(object)).findFirst().orElse(null);
    }

    @Test
    void oneBirthPlaceWithItsWiderPlacesAndTwoSpellingsOfItOne() {
        assertTrue(objects(raw, Relation.BORN_IN, "Ada Holm").size() > 1, "competing births before: " + raw.facts());
        assertEquals(List.of("Kalnowka"), objects(consolidated, Relation.BORN_IN, "Ada Holm"),
                "the text's spelling, the infobox's 'Kalnovka' an alias");
        Entity village = fact(consolidated, Relation.BORN_IN, "Ada Holm", "Kalnowka").object();
        assertTrue(village.aliases().contains("Kalnovka"), village.aliases().toString());
        assertEquals(List.of("Morva County"), objects(consolidated, Relation.LOCATED_IN, "Kalnowka"));
        assertEquals(List.of("Vetria"), objects(consolidated, Relation.LOCATED_IN, "Morva County"),
                "the village lies in the country through the county, not beside it");
        assertEquals(List.of("Norhavn"), objects(consolidated, Relation.DIED_IN, "Ada Holm"));
    }

    @Test
    void onePostUnderTwoNamesIsOnePost() {
        assertNotNull(fact(raw, Relation.HELD_OFFICE, "Ada Holm", "Editor"), raw.facts().toString());
        assertEquals(List.of("Editor of the Daily Clarion", "General secretary of the Harbour Workers League",
                        "President of the Weavers Council", "War correspondent of the Baltic Herald"),
                objects(consolidated, Relation.HELD_OFFICE, "Ada Holm"), "the fuller name; synonyms from the same day; "
                        + "'its' title of several words; one title of one body written two ways");
        Fact president = fact(consolidated, Relation.HELD_OFFICE, "Ada Holm", "President of the Weavers Council");
        assertEquals("1901-05-03", president.start().iso());
        assertEquals("1905-06-09", president.end().iso());
        assertTrue(president.object().aliases().contains("Chairman of the Weavers Council"));
    }

    @Test
    void onePostInTwoTermsStaysTwoTermsWithTheirOwnSentences() {
        List<Fact> terms = consolidated.facts().stream().filter(f -> f.relation() == Relation.HELD_OFFICE
                && f.objectLabel().equals("War correspondent of the Baltic Herald")).toList();
        assertEquals(List.of("1895", "1898"), terms.stream().map(f -> f.start().iso()).toList());
        assertTrue(terms.get(1).evidence().stream().allMatch(e -> e.sentenceText().contains("1898")), terms.get(1).evidence().toString());
        assertTrue(terms.get(0).object().aliases().contains("War correspondent for the Baltic Herald"));
    }

    @Test
    void eachMergeSaysWhy() {
        Entity village = fact(consolidated, Relation.BORN_IN, "Ada Holm", "Kalnowka").object();
        assertEquals("'Kalnovka' and 'Kalnowka' spell one name, both given as the birth place of Ada Holm",
                village.mergedNames().get("Kalnovka"));
        Entity president = fact(consolidated, Relation.HELD_OFFICE, "Ada Holm", "President of the Weavers Council").object();
        assertTrue(president.mergedNames().get("Chairman of the Weavers Council").contains("on the same day (1901-05-03)"),
                president.mergedNames().toString());
        assertEquals(List.of("Salt Lake"), List.copyOf(fact(consolidated, Relation.RESIDED_IN, "Ada Holm", "Salt Lake City")
                .object().mergedNames().keySet()));
        assertTrue(raw.entities().stream().allMatch(e -> e.mergedNames().isEmpty()), "extraction merges nothing itself");
    }

    @Test
    void aCityAndItsNameWithCityAreOnePlace() {
        // Norhavn from "her family moved to Norhavn" (the family's move is hers)
        assertEquals(List.of("Denver", "Norhavn", "Salt Lake City"), objects(consolidated, Relation.RESIDED_IN, "Ada Holm"));
        Fact stay = fact(consolidated, Relation.RESIDED_IN, "Ada Holm", "Salt Lake City");
        assertEquals("1902", stay.start().iso());
        assertEquals("1903", stay.end().iso(), "leaving 'Salt Lake' ends the stay in Salt Lake City");
    }

    @Test
    void aKillingIsNotAlsoAnOpposition() {
        assertNotNull(fact(consolidated, Relation.KILLED_BY, "Ada Holm", "Bob Lind"));
        assertTrue(raw.facts().stream().anyMatch(f -> f.relation() == Relation.OPPOSED), "read as one before");
        assertTrue(consolidated.facts().stream().noneMatch(f -> f.relation() == Relation.OPPOSED), consolidated.facts().toString());
    }

    @Test
    void theResultGivenIsNotChanged() {
        assertTrue(raw.facts().stream().anyMatch(f -> f.objectLabel().equals("Chairman of the Weavers Council")));
    }

    // Made-up results: what must stay apart.

    private static int sentence;

    private static Evidence ev() {
        sentence++;
        return new Evidence("doc", sentence, new Span(sentence * 100, sentence * 100 + 50), "a sentence", null, null, "rule", 0.8);
    }

    private static Fact term(Entity holder, Entity post, String start) {
        Fact f = Fact.between(Relation.HELD_OFFICE, holder, post);
        f.addEvidence(ev());
        if (start != null) {
            f.setStart(new TimeValue(start));
        }
        return f;
    }

    private static ExtractionResult result(Entity subject, List<Fact> facts) {
        List<Entity> entities = facts.stream().flatMap(f -> java.util.stream.Stream.of(f.subject(), f.object()))
                .distinct().collect(Collectors.toList());
        return new ExtractionResult("doc", "doc.txt", subject, entities, facts);
    }

    private static Fact dated(Relation relation, Entity who, String date) {
        Fact f = Fact.dated(relation, who, new TimeValue(date));
        f.addEvidence(ev());
        return f;
    }

    @Test
    void aBirthYearIsTheBirthDayToldLessPreciselyButADisagreeingYearStays() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity bob = new Entity("p2", "Bob Roe", EntityType.PERSON);
        ExtractionResult c = DocumentConsolidation.apply(new ExtractionResult("doc", "doc.txt", ann, List.of(ann, bob),
                List.of(dated(Relation.BIRTH_DATE, ann, "1857"), dated(Relation.BIRTH_DATE, ann, "1857-02-22"),
                        dated(Relation.BIRTH_DATE, ann, "1847"), dated(Relation.DEATH_DATE, ann, "1894-01"),
                        dated(Relation.DEATH_DATE, ann, "1894-01-01"), dated(Relation.BIRTH_DATE, bob, "1857"))));
        assertEquals(List.of("1847", "1857-02-22"), objects(c, Relation.BIRTH_DATE, "Ann Roe"));
        assertEquals(List.of("1894-01-01"), objects(c, Relation.DEATH_DATE, "Ann Roe"));
        assertEquals(List.of("1857"), objects(c, Relation.BIRTH_DATE, "Bob Roe"), "another person's year stays his");
        Fact day = c.facts().stream().filter(f -> f.objectLabel().equals("1857-02-22")).findFirst().orElseThrow();
        assertEquals(2, day.evidence().size(), "the year's sentence is evidence of the day");
    }

    @Test
    void aMarriageWithoutAnEndEndsWhenTheFirstOfTheTwoDies() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity bob = new Entity("p2", "Bob Lind", EntityType.PERSON);
        Entity cid = new Entity("p3", "Cid Holm", EntityType.PERSON);
        Fact first = Fact.between(Relation.SPOUSE, ann, cid);
        first.addEvidence(ev());
        first.setStart(new TimeValue("1880"));
        first.setEnd(new TimeValue("1884"));
        Fact second = Fact.between(Relation.SPOUSE, ann, bob);
        second.addEvidence(ev());
        second.setStart(new TimeValue("1886"));
        Fact annDies = dated(Relation.DEATH_DATE, ann, "1894-01-01");
        ExtractionResult c = DocumentConsolidation.apply(new ExtractionResult("doc", "doc.txt", ann,
                List.of(ann, bob, cid), List.of(first, second, annDies, dated(Relation.DEATH_DATE, bob, "1920"))));
        Fact marriage = fact(c, Relation.SPOUSE, "Ann Roe", "Bob Lind");
        assertEquals("1894-01-01", marriage.end().iso());
        assertEquals(annDies.evidence().get(0).sentence(), marriage.endSource().span(), "the death's sentence dates it");
        assertEquals("1884", fact(c, Relation.SPOUSE, "Ann Roe", "Cid Holm").end().iso(), "a divorce's end stays");
    }

    @Test
    void whatLastedUntilHerDeathEndsOnHerDeathDate() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity board = new Entity("o1", "Harbour Board", EntityType.ORGANIZATION);
        Entity club = new Entity("o2", "Chess Club", EntityType.ORGANIZATION);
        Fact board1930 = Fact.between(Relation.MEMBER_OF, ann, board);
        board1930.addEvidence(new Evidence("doc", 7, new Span(700, 780),
                "In 1930 she was elected to the Harbour Board, on which she served until her death.", null, null, "rule", 0.8));
        board1930.setStart(new TimeValue("1930"));
        Fact club1931 = Fact.between(Relation.MEMBER_OF, ann, club);
        club1931.addEvidence(new Evidence("doc", 8, new Span(800, 840), "In 1931 she joined the Chess Club.", null, null,
                "rule", 0.8));
        ExtractionResult c = DocumentConsolidation.apply(new ExtractionResult("doc", "doc.txt", ann,
                List.of(ann, board, club), List.of(board1930, club1931, dated(Relation.DEATH_DATE, ann, "1934-07-04"))));
        assertEquals("1934-07-04", fact(c, Relation.MEMBER_OF, "Ann Roe", "Harbour Board").end().iso());
        assertNull(fact(c, Relation.MEMBER_OF, "Ann Roe", "Chess Club").end(), "nothing says the club lasted");
    }

    @Test
    void aCountryAndItsCapitalNamedAfterItStayApart() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity country = new Entity("l1", "Mexico", EntityType.PLACE);
        country.addNerTag("COUNTRY");
        Entity city = new Entity("l2", "Mexico City", EntityType.PLACE);
        city.addNerTag("CITY");
        Fact a = Fact.between(Relation.RESIDED_IN, ann, country);
        a.addEvidence(ev());
        Fact b = Fact.between(Relation.RESIDED_IN, ann, city);
        b.addEvidence(ev());
        ExtractionResult c = DocumentConsolidation.apply(result(ann, List.of(a, b)));
        assertEquals(List.of("Mexico", "Mexico City"), objects(c, Relation.RESIDED_IN, "Ann Roe"));
    }

    @Test
    void aShortPostNameHeldBySomeoneElseOrAtAnotherTimeStays() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity bob = new Entity("p2", "Bob Lind", EntityType.PERSON);
        Entity editor = new Entity("o1", "Editor", EntityType.OFFICE);
        Entity clarion = new Entity("o2", "Editor of the Clarion", EntityType.OFFICE);
        // Ann: "Editor" and "Editor of the Clarion" in 1900; Bob: "Editor" (of some other paper)
        ExtractionResult r = result(ann, List.of(term(ann, editor, "1900"), term(ann, clarion, "1900"), term(bob, editor, "1920")));
        assertEquals(List.of("Editor", "Editor of the Clarion"), objects(DocumentConsolidation.apply(r), Relation.HELD_OFFICE, "Ann Roe"));
        // without Bob, and years apart: two episodes, not known to be one
        ExtractionResult apart = result(ann, List.of(term(ann, editor, "1900"), term(ann, clarion, "1910")));
        assertEquals(List.of("Editor", "Editor of the Clarion"), objects(DocumentConsolidation.apply(apart), Relation.HELD_OFFICE, "Ann Roe"));
        ExtractionResult same = result(ann, List.of(term(ann, editor, "1900"), term(ann, clarion, "1900-05")));
        assertEquals(List.of("Editor of the Clarion"), objects(DocumentConsolidation.apply(same), Relation.HELD_OFFICE, "Ann Roe"));
    }

    @Test
    void aBareTitleWhoseSentenceNamesTheBodyIsThatPostAtAnyTime() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity editor = new Entity("o1", "Editor", EntityType.OFFICE);
        Entity clarion = new Entity("o2", "Editor of the Clarion", EntityType.OFFICE);
        Fact bare = Fact.between(Relation.HELD_OFFICE, ann, editor);
        bare.addEvidence(new Evidence("doc", 1, new Span(0, 40), "In 1900 the Clarion hired her as its editor.", null, null, "rule", 0.8));
        bare.setStart(new TimeValue("1900"));
        ExtractionResult r = DocumentConsolidation.apply(result(ann, List.of(bare, term(ann, clarion, "1910"))));
        assertEquals(List.of("Editor of the Clarion"), objects(r, Relation.HELD_OFFICE, "Ann Roe"));
        assertEquals(2, r.facts().size(), "two terms: " + r.facts());
        // one title of one body written two ways, whoever holds it; "to" and "of" are not one link
        Entity bob = new Entity("p2", "Bob Lind", EntityType.PERSON);
        Entity of = new Entity("o3", "Correspondent of Clarion", EntityType.OFFICE);
        Entity forThe = new Entity("o4", "Correspondent for the Clarion", EntityType.OFFICE);
        Entity to = new Entity("o5", "Ambassador to Spain", EntityType.OFFICE);
        Entity ofSpain = new Entity("o6", "Ambassador of Spain", EntityType.OFFICE);
        ExtractionResult two = DocumentConsolidation.apply(result(ann, List.of(term(ann, of, "1900"), term(bob, forThe, "1920"),
                term(ann, to, "1930"), term(bob, ofSpain, "1930"))));
        assertEquals(List.of("Ambassador to Spain", "Correspondent of Clarion"), objects(two, Relation.HELD_OFFICE, "Ann Roe"));
        assertEquals(List.of("Ambassador of Spain", "Correspondent of Clarion"), objects(two, Relation.HELD_OFFICE, "Bob Lind"));
    }

    @Test
    void aCountrysAdjectiveBeforeATitleIsTheTitleOfTheCountry() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity bob = new Entity("p2", "Bob Lind", EntityType.PERSON);
        Entity adjective = new Entity("o1", "Ruritanian President", EntityType.OFFICE);
        Entity ofCountry = new Entity("o2", "President of Ruritania", EntityType.OFFICE);
        Entity faction = new Entity("o3", "Leader of the Green faction", EntityType.OFFICE);
        Entity greens = new Entity("o4", "Leader of the Greens", EntityType.OFFICE);
        ExtractionResult r = DocumentConsolidation.apply(result(ann, List.of(term(ann, adjective, "1900"),
                term(bob, ofCountry, "1920"), term(ann, faction, "1930"), term(bob, greens, "1940"))));
        assertEquals(objects(r, Relation.HELD_OFFICE, "Ann Roe").get(1), objects(r, Relation.HELD_OFFICE, "Bob Lind").get(1),
                "one post written two ways: " + r.facts());
        // a body of two words is read whole: "Green faction" is not "Greens"
        assertTrue(objects(r, Relation.HELD_OFFICE, "Ann Roe").contains("Leader of the Green faction"), r.facts().toString());
        assertTrue(objects(r, Relation.HELD_OFFICE, "Bob Lind").contains("Leader of the Greens"), r.facts().toString());
    }

    @Test
    void resigningABareTitleEndsTheOpenPostOfThatTitle() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity mayor = new Entity("o1", "Mayor", EntityType.OFFICE);
        Entity ofLund = new Entity("o2", "Mayor of Lund", EntityType.OFFICE);
        Fact resigned = Fact.between(Relation.HELD_OFFICE, ann, mayor);
        resigned.addEvidence(ev());
        resigned.setEnd(new TimeValue("1951"));
        ExtractionResult r = DocumentConsolidation.apply(result(ann, List.of(term(ann, ofLund, "1945"), resigned)));
        Fact term = fact(r, Relation.HELD_OFFICE, "Ann Roe", "Mayor of Lund");
        assertEquals("1945", term.start().iso());
        assertEquals("1951", term.end().iso());
        assertEquals(1, r.facts().size(), r.facts().toString());
        // an end before the post began is another post's
        Fact early = Fact.between(Relation.HELD_OFFICE, ann, mayor);
        early.addEvidence(ev());
        early.setEnd(new TimeValue("1940"));
        assertEquals(2, DocumentConsolidation.apply(result(ann, List.of(term(ann, ofLund, "1945"), early))).facts().size());
    }

    @Test
    void synonymTitlesNeedTheSameBodyAndTheSameDay() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity chair = new Entity("o1", "Chairman of the Board", EntityType.OFFICE);
        Entity president = new Entity("o2", "President of the Board", EntityType.OFFICE);
        ExtractionResult sameYear = result(ann, List.of(term(ann, chair, "1900"), term(ann, president, "1900")));
        assertEquals(2, objects(DocumentConsolidation.apply(sameYear), Relation.HELD_OFFICE, "Ann Roe").size(),
                "a chairman and a president of one board in one year may be two posts");
        ExtractionResult sameDay = result(ann, List.of(term(ann, chair, "1900-05-03"), term(ann, president, "1900-05-03")));
        assertEquals(1, objects(DocumentConsolidation.apply(sameDay), Relation.HELD_OFFICE, "Ann Roe").size());
    }

    @Test
    void birthPlacesNeitherNestedNorSpeltAlikeStay() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity a = new Entity("l1", "Lindby", EntityType.PLACE);
        Entity b = new Entity("l2", "Ostrava", EntityType.PLACE);
        Fact x = Fact.between(Relation.BORN_IN, ann, a);
        x.addEvidence(ev());
        Fact y = Fact.between(Relation.BORN_IN, ann, b);
        y.addEvidence(ev());
        assertEquals(List.of("Lindby", "Ostrava"), objects(DocumentConsolidation.apply(result(ann, List.of(x, y))),
                Relation.BORN_IN, "Ann Roe"));
        assertNull(fact(DocumentConsolidation.apply(result(ann, List.of(x, y))), Relation.LOCATED_IN, "Lindby", "Ostrava"));
    }

    private static Fact stay(Entity who, Entity where, String start, String end) {
        Fact f = Fact.between(Relation.RESIDED_IN, who, where);
        f.addEvidence(ev());
        if (start != null) {
            f.setStart(new TimeValue(start));
        }
        if (end != null) {
            f.setEnd(new TimeValue(end));
        }
        return f;
    }

    @Test
    void leavingAPlaceEndsTheStayInThePlaceWithinIt() {
        Entity ann = new Entity("p1", "Ann Roe", EntityType.PERSON);
        Entity state = new Entity("l1", "Lindby", EntityType.PLACE);
        state.addNerTag("STATE_OR_PROVINCE"); // not merged as a city: a state that holds the city
        Entity city = new Entity("l2", "Lindby City", EntityType.PLACE);
        ExtractionResult r = result(ann, List.of(stay(ann, city, "1900", null), stay(ann, state, null, "1905-03-27")));
        ExtractionResult c = DocumentConsolidation.apply(r);
        assertEquals(List.of("Lindby City"), objects(c, Relation.RESIDED_IN, "Ann Roe"), "one stay, not two");
        Fact one = fact(c, Relation.RESIDED_IN, "Ann Roe", "Lindby City");
        assertEquals("1905-03-27", one.end().iso());
        assertEquals(2, one.evidence().size());

        Entity town = new Entity("l3", "Hollin", EntityType.PLACE);
        Entity county = new Entity("l4", "Wexley", EntityType.PLACE);
        Fact in = Fact.between(Relation.LOCATED_IN, town, county);
        in.addEvidence(ev());
        ExtractionResult nested = DocumentConsolidation.apply(result(ann, List.of(stay(ann, town, "1910", null), in,
                stay(ann, county, null, "1912"))));
        assertEquals("1912", fact(nested, Relation.RESIDED_IN, "Ann Roe", "Hollin").end().iso());
        assertNull(fact(nested, Relation.RESIDED_IN, "Ann Roe", "Wexley"));

        // two stays it could end: which one is not for this step to say
        Entity other = new Entity("l5", "Dunby", EntityType.PLACE);
        Fact in2 = Fact.between(Relation.LOCATED_IN, other, county);
        in2.addEvidence(ev());
        ExtractionResult two = DocumentConsolidation.apply(result(ann, List.of(stay(ann, town, "1910", null), in,
                stay(ann, other, "1911", null), in2, stay(ann, county, null, "1912"))));
        assertEquals(List.of("Dunby", "Hollin", "Wexley"), objects(two, Relation.RESIDED_IN, "Ann Roe"));
    }
}
