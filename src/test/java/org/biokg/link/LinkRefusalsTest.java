package org.biokg.link;

import org.biokg.extract.EntityType;
import org.biokg.link.LinkRefusals.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each refusal of {@link LinkRefusals} on made-up names, titles and texts (no dictionary, no model). */
class LinkRefusalsTest {
    /** A made-up document: Estavia and its people, 1905-1931; it never names Velmor nor a world war. */
    private static final LinkContext DOC = LinkContext.ofText(String.join(" ",
            "Orin Valdt was born in 1905 in Halby, a village of Estavia.",
            "The Estavian politician joined the Harbour Workers' League in 1921 and the U.S. delegation in 1931.",
            "He wrote about the Supreme War Council and the First World War."));
    private static final int[] YEARS_1919 = {1919, 1919};

    private static Optional<Refusal> refusal(EntityType type, List<String> names, String title) {
        return refusal(type, names, title, 0.8, DOC.years(), List.of());
    }

    private static Optional<Refusal> refusal(EntityType type, List<String> names, String title, double score, int[] years,
                                             List<String> own) {
        return LinkRefusals.refusal(type, names, names.get(0), title, score, years, own, DOC);
    }

    private static void refused(Refusal why, EntityType type, List<String> names, String title) {
        assertEquals(Optional.of(why), refusal(type, names, title), names + " -> " + title);
    }

    private static void accepted(EntityType type, List<String> names, String title) {
        assertEquals(Optional.empty(), refusal(type, names, title), names + " -> " + title);
    }

    @Test
    void aNameWrittenOnlyInLowerCaseIsACommonNoun() {
        refused(Refusal.LOWER_CASE_NAMES, EntityType.ORGANIZATION, List.of("junta"), "Junta");
        accepted(EntityType.ORGANIZATION, List.of("junta", "Junta of Estavia"), "Junta_of_Estavia");
    }

    @Test
    void aQualifierOfAnotherKindIsRefused() {
        refused(Refusal.OTHER_KIND, EntityType.PERSON, List.of("Orin Valdt"), "Orin_Valdt_(band)");
        refused(Refusal.OTHER_KIND, EntityType.PERSON, List.of("Orin Valdt"), "Orin_Valdt_(1998_film)");
        refused(Refusal.OTHER_KIND, EntityType.PLACE, List.of("Halby"), "Halby_(ship)");
        refused(Refusal.OTHER_KIND, EntityType.PERSON, List.of("Orin Valdt"), "Orin_Valdt_(automobile_company)");
        accepted(EntityType.ORGANIZATION, List.of("The Valdts"), "The_Valdts_(band)");
        accepted(EntityType.PUBLICATION, List.of("Halby"), "Halby_(film)");
        accepted(EntityType.PLACE, List.of("Halby"), "Halby_(village)");
        assertEquals("band", TitleQualifiers.kindOf("American band"));
        assertEquals("automobile company", TitleQualifiers.kindOf("automobile company"));
        assertNull(TitleQualifiers.kindOf("Alix of Hesse"));
    }

    @Test
    void aPageAboutAnAspectOfAThingIsNotTheThing() {
        refused(Refusal.ASPECT_PAGE, EntityType.PLACE, List.of("Republic of Estavia"), "History_of_Estavia");
        refused(Refusal.ASPECT_PAGE, EntityType.ORGANIZATION, List.of("Estavia"), "Politics_of_Estavia");
    }

    @Test
    void aQualifierOutsideTheEntitysYearsIsAnotherEra() {
        // the text names the First World War, not the second: the Northern Front of 1919 is not the Second's
        assertEquals(Optional.of(Refusal.OTHER_ERA), refusal(EntityType.ORGANIZATION, List.of("Northern Front"),
                "Northern_Front_(World_War_II)", 0.7, YEARS_1919, List.of()));
        assertEquals(Optional.of(Refusal.OTHER_ERA), refusal(EntityType.ORGANIZATION, List.of("Harbour Board"),
                "Harbour_Board_(1850–1860)", 0.7, YEARS_1919, List.of()));
        assertEquals(Optional.empty(), refusal(EntityType.ORGANIZATION, List.of("Harbour Board"),
                "Harbour_Board_(1910–1925)", 0.7, YEARS_1919, List.of()));
        assertArrayEquals(new int[]{1918, 1938}, TitleQualifiers.years("1918–1938"));
        // a person's single year is a birth: a life of a hundred years may meet the document's
        assertEquals(Optional.empty(), refusal(EntityType.PERSON, List.of("Orin Valdt"), "Orin_Valdt_(born_1880)",
                0.9, new int[]{1905, 1931}, List.of()));
    }

    @Test
    void aQualifierTheDocumentNeverNamesIsRefused() {
        refused(Refusal.UNNAMED_QUALIFIER, EntityType.ORGANIZATION, List.of("Supreme War Council"), "Supreme_War_Council_(Velmor)");
        assertEquals(Optional.of(Refusal.UNNAMED_QUALIFIER), refusal(EntityType.ORGANIZATION, List.of("Northern Front"),
                "Northern_Front_(World_War_II)", 0.7, null, List.of()), "no years known: the document never names it");
        accepted(EntityType.ORGANIZATION, List.of("Supreme War Council"), "Supreme_War_Council_(Estavia)");
        accepted(EntityType.ORGANIZATION, List.of("Northern Front"), "Northern_Front_(First_World_War)");
        // "U.S." names the United States
        accepted(EntityType.ORGANIZATION, List.of("Harbour Board"), "Harbour_Board_(United_States)");
        // an organisation titled by its name "of" a place the document never names
        refused(Refusal.UNNAMED_QUALIFIER, EntityType.ORGANIZATION, List.of("Grand Council"), "Grand_Council_of_Velmor");
        accepted(EntityType.ORGANIZATION, List.of("Grand Council"), "Grand_Council_of_Estavia");
        // a person's qualifier: an occupation the document uses, or not
        refused(Refusal.UNNAMED_QUALIFIER, EntityType.PERSON, List.of("Orin Valdt"), "Orin_Valdt_(cricketer)");
        accepted(EntityType.PERSON, List.of("Orin Valdt"), "Orin_Valdt_(politician)");
        // a person's capitalised qualifier is often another name of the person: not asked for
        accepted(EntityType.PERSON, List.of("Mira Valdt"), "Mira_Valdt_(Mira_of_Velmor)");
        // a place's wider place after a comma need not be named by the sentences that state facts
        accepted(EntityType.PLACE, List.of("Halby"), "Halby,_Velmor");
    }

    @Test
    void aLonePersonNameNeedsTheBearersOtherNamesInTheDocument() {
        refused(Refusal.LONE_NAME, EntityType.PERSON, List.of("Valdt"), "Tomas_Valdt");
        accepted(EntityType.PERSON, List.of("Valdt"), "Orin_Valdt");
        // a page of the one word: the name's own page unless nearly every link of the word goes there
        assertEquals(Optional.of(Refusal.LONE_NAME), refusal(EntityType.PERSON, List.of("Valdt"), "Valdt", 0.8, null, List.of()));
        assertEquals(Optional.empty(), refusal(EntityType.PERSON, List.of("Valdt"), "Valdt", 0.95, null, List.of()));
        // an initial tells which bearer: not a lone name
        accepted(EntityType.PERSON, List.of("T. Valdt"), "Tomas_Valdt");
    }

    @Test
    void aFullNameIsNotAPageOfOneWord() {
        refused(Refusal.ONE_WORD_PAGE, EntityType.PERSON, List.of("Halby Motor Works", "Halby"), "Halby");
        accepted(EntityType.PERSON, List.of("Orin Valdt"), "O._Valdt");
    }

    @Test
    void middleNamesThatDisagreeAreTwoPeople() {
        refused(Refusal.OTHER_MIDDLE_NAME, EntityType.PERSON, List.of("Karel Anton Velt"), "Karel_Ludvik_Velt");
        // any full name of the entity counts, not only the one that proposes the page
        assertEquals(Optional.of(Refusal.OTHER_MIDDLE_NAME), LinkRefusals.refusal(EntityType.PERSON,
                List.of("Karel Anton Velt", "Karel Ludvik Velt"), "Karel Ludvik Velt", "Karel_Ludvik_Velt", 1.0, null, List.of(), DOC));
        accepted(EntityType.PERSON, List.of("Karel Anton Velt"), "Karel_Velt");
        accepted(EntityType.PERSON, List.of("Karel Velt"), "Karel_Anton_Velt");
    }

    @Test
    void anOfficesPageIsTitledByItsRole() {
        refused(Refusal.OFFICE_ROLE, EntityType.OFFICE, List.of("Estavian foreign minister"), "Ministry_of_Foreign_Affairs_(Estavia)");
        refused(Refusal.OFFICE_ROLE, EntityType.OFFICE, List.of("Chairman of the Harbour Board"), "Harbour_Board");
        accepted(EntityType.OFFICE, List.of("Estavian President"), "President_of_Estavia");
        accepted(EntityType.OFFICE, List.of("Chairman of the Harbour Board"), "Chairman_of_the_Harbour_Board");
        assertEquals("Secretary", OfficeRefusals.role("Shadow Secretary of State for Health"));
    }

    @Test
    void anOfficesPageNamesItsBody() {
        refused(Refusal.OFFICE_BODY, EntityType.OFFICE, List.of("General Secretary of the Harbour Board"),
                "General_Secretary_of_the_Workers'_Party_of_Velmor");
        accepted(EntityType.OFFICE, List.of("General Secretary of the Harbour Board"),
                "General_Secretary_of_the_Harbour_Board_of_Estavia");
        // an alias that names the body counts
        accepted(EntityType.OFFICE, List.of("General Secretary", "General Secretary of the Central Committee of the Workers' Party"),
                "General_Secretary_of_the_Workers'_Party");
        // a bare role: the page's body or country must be named by the office's names or the document
        refused(Refusal.OFFICE_BODY, EntityType.OFFICE, List.of("Prime Minister"), "Prime_Minister_of_Velmor");
        accepted(EntityType.OFFICE, List.of("Prime Minister"), "Prime_Minister_of_Estavia");
        accepted(EntityType.OFFICE, List.of("U.S. President"), "President_of_the_United_States");
    }

    @Test
    void aLowerCaseRoleLinkedToAPageNamingNoBodyIsADescription() {
        refused(Refusal.GENERIC_OFFICE, EntityType.OFFICE, List.of("Estavian ambassador"), "Estavian_Ambassador");
        accepted(EntityType.OFFICE, List.of("Estavian president"), "President_of_Estavia");
        accepted(EntityType.OFFICE, List.of("Shadow Home Secretary"), "Shadow_Home_Secretary");
    }

    @Test
    void anOfficeTheTextAlwaysNamesLongerIsAnotherOffice() {
        List<String> deputy = List.of("She became First Deputy Premier of Estavia in 1950.");
        assertEquals(Optional.of(Refusal.LONGER_OFFICE), refusal(EntityType.OFFICE, List.of("Premier of Estavia"),
                "Premier_of_Estavia", 1.0, null, deputy));
        assertEquals(Optional.empty(), refusal(EntityType.OFFICE, List.of("Premier of Estavia"), "Premier_of_Estavia",
                1.0, null, List.of("She became First Deputy Premier of Estavia in 1950.", "In 1953 she was Premier of Estavia.")));
        assertTrue(OfficeRefusals.longerInText(List.of("Premier of Estavia"), deputy));
        assertFalse(OfficeRefusals.longerInText(List.of("Premier of Estavia"), List.of("Premier of Estavia from 1950, she ...")));
        // the body named before the role is the same office in other words
        assertFalse(OfficeRefusals.longerInText(List.of("General Secretary of the Harbour Board", "General Secretary"),
                List.of("She was elected the Harbour Board General Secretary.")));
    }

    @Test
    void anOrganisationsPageBearsOneOfItsNames() {
        refused(Refusal.ORGANISATION_NAME, EntityType.ORGANIZATION, List.of("Velmorians"), "Kingdom_of_Estavia");
        accepted(EntityType.ORGANIZATION, List.of("HWL"), "Harbour_Workers'_League");
        accepted(EntityType.ORGANIZATION, List.of("Harbour League"), "Harbour_Workers'_League");
    }

    @Test
    void aTitleWithOneProperWordChangedIsAnotherThing() {
        refused(Refusal.ONE_WORD_CHANGED, EntityType.ORGANIZATION, List.of("Estavian Ministry of Roads"), "Velmorian_Ministry_of_Roads");
        accepted(EntityType.ORGANIZATION, List.of("Estavian Ministry of Roads"), "Estavian_Ministry_of_Roads");
    }

    @Test
    void aWordTheTextWritesInLowerCaseIsNotPartOfAProperName() {
        refused(Refusal.PROPER_IN_TITLE_ONLY, EntityType.OFFICE, List.of("Chief of the royal Naval Staff"), "Chief_of_the_Royal_Naval_Staff");
        accepted(EntityType.OFFICE, List.of("Chief of the Royal Naval Staff"), "Chief_of_the_Royal_Naval_Staff");
        // the role word itself may be capitalised by the page, and so may a name written in lower case throughout
        accepted(EntityType.OFFICE, List.of("Prime minister of Estavia"), "Prime_Minister_of_Estavia");
        accepted(EntityType.OFFICE, List.of("Estavian foreign minister"), "Foreign_Minister_of_Estavia");
    }

    @Test
    void theDocumentNamesPhrasesUpToTheirStemAndInitials() {
        assertTrue(DOC.names("Estavia"), "Estavian");
        assertTrue(DOC.names("United States"), "U.S.");
        assertTrue(DOC.names("First World War"));
        assertFalse(DOC.names("World War II"), "the First World War is not the Second");
        assertFalse(DOC.names("Velmor"));
        assertTrue(LinkContext.sameStem("canada", "canadian"));
        assertTrue(LinkContext.sameStem("china", "chinese"));
        assertFalse(LinkContext.sameStem("austria", "australia"));
        assertArrayEquals(new int[]{1905, 1931}, DOC.years());
    }
}
