package org.biokg.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Made-up snippets with the defects of flattened Wikipedia text. */
class WikiTextCleanerTest {
    private static WikiTextCleaner cleaner;

    @BeforeAll
    static void setUp() {
        cleaner = new WikiTextCleaner();
    }

    private static CleanDocument clean(String text) {
        return cleaner.clean(new Source("t", "t.txt", text, "0"));
    }

    private static List<String> sentences(CleanDocument d) {
        return d.sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void infoboxAtTheStartIsParsedIntoFieldsAndLeftOutOfTheProse() {
        String text = "  |birth_place = Springfield, Ohio |party =Whig Party, Republican |order1 =Mayor of Springfield "
                + "|term_start1 =May 3, 1850 |predecessor1 =  Ada Byron (born 1815) was a mathematician. She wrote notes.";
        CleanDocument d = clean(text);
        assertEquals(List.of("birth_place", "party", "order1", "term_start1", "predecessor1"),
                d.infobox().stream().map(InfoboxField::key).toList());
        InfoboxField party = d.infobox().get(1);
        assertEquals("Whig Party, Republican", party.value());
        assertEquals(party.value(), text.substring(party.valueSpan().start(), party.valueSpan().end()));
        assertEquals("", d.infobox().get(4).value());
        assertEquals(List.of("Ada Byron (born 1815) was a mathematician.", "She wrote notes."), sentences(d));
    }

    @Test
    void captionEndsCitationMarkersAndCapitalsOfTheCorpusLayoutAreCleaned() {
        // the plain-text conversion's layout: a caption whose opener was dropped, the bold name in capitals,
        // citation markers
        String text = "Ada Roe at her desk, 1840.]] ADA MARIE ROE [1] (10 December 1815 – 27 November 1852) was a "
                + "writer.[2] She wrote notes.[citation needed]\n\nBo Lee}}\n\nShe died in London.";
        CleanDocument d = clean(text);
        assertEquals(List.of("Ada Marie Roe (10 December 1815 – 27 November 1852) was a writer.", "She wrote notes.",
                "She died in London."), sentences(d));
        Sentence first = d.sentences().get(0);
        assertEquals(text.indexOf("ADA"), first.span().start());
    }

    @Test
    void headingGluedToTheNextSentenceBecomesASectionWithYears() {
        CleanDocument d = clean("She lived in Paris.Early life (1815–1830)Ada was born in London. "
                + "She studied mathematics.Later years (1831–1852)Ada married a lord.");
        assertEquals(List.of("She lived in Paris.", "Ada was born in London.", "She studied mathematics.",
                "Ada married a lord."), sentences(d));
        assertEquals(2, d.sections().size());
        Section early = d.sections().get(0);
        assertEquals("Early life", early.title());
        assertEquals(1815, early.startYear());
        assertEquals(1830, early.endYear());
        assertEquals(1, early.firstSentence());
        assertEquals("Later years", d.sections().get(1).title());
        assertEquals(0, d.sentences().get(1).section());
        assertEquals(1, d.sentences().get(3).section());
        assertEquals(-1, d.sentences().get(0).section());
    }

    @Test
    void headingsOnLinesOfTheirOwnAndTheBackMatterAfterThem() {
        String text = "Ada Roe was a writer.[1]\n\n\nEarly life\n\nShe was born in London.\n\nLater years (1831–1852)\n"
                + "She married a lord\nin 1835 and moved\nto Paris.\n\nReferences\n\n\nFurther reading\n\n"
                + "-   Lee, Bo. \"Ada Roe (1815–1852)\". London, 1990.\n";
        CleanDocument d = clean(text);
        assertEquals(List.of("Early life", "Later years"), d.sections().stream().map(Section::title).toList());
        assertEquals(1831, d.sections().get(1).startYear());
        assertEquals(List.of("Ada Roe was a writer.", "She was born in London.",
                "She married a lord in 1835 and moved to Paris."), sentences(d),
                "the lines of a wrapped paragraph are not headings; nothing after 'References' is prose");
    }

    @Test
    void bareYearAndTitleHeadingsAreDetected() {
        CleanDocument d = clean("The war began.1916Throughout the spring the army rested. "
                + "They met again.Personal lifeShe married in 1835.");
        assertEquals(List.of("The war began.", "Throughout the spring the army rested.", "They met again.",
                "She married in 1835."), sentences(d));
        assertEquals(List.of("1916", "Personal life"), d.sections().stream().map(Section::title).toList());
        assertEquals(1916, d.sections().get(0).startYear());
    }

    @Test
    void sentencesGluedWithoutASpaceAreSplit() {
        CleanDocument d = clean("He joined the Council.After leading the council he resigned in 1901.");
        assertEquals(List.of("He joined the Council.", "After leading the council he resigned in 1901."), sentences(d));
        // the inserted space is not in the original: offsets still point at the original text
        Sentence second = d.sentences().get(1);
        assertEquals("After leading", "He joined the Council.After leading the council".substring(second.span().start(), second.span().start() + 13));
    }

    @Test
    void thePronounIClosesASentenceButAnInitialDoesNot() {
        String text = "He wrote that Ann will agree as well as I. Faced with this, the Board gave in. John I. Smith agreed.";
        CleanDocument d = clean(text);
        assertEquals(List.of("He wrote that Ann will agree as well as I.", "Faced with this, the Board gave in.",
                "John I. Smith agreed."), sentences(d));
        Sentence second = d.sentences().get(1);
        assertEquals("Faced", text.substring(second.span().start(), second.span().start() + 5));
    }

    @Test
    void shortGluedProseIsNotTakenForAHeading() {
        CleanDocument d = clean("Lee had left.He was tired in 1901Later he rested. The weather was fine.");
        assertTrue(d.sections().isEmpty(), d.sections().toString());
        assertTrue(sentences(d).contains("He was tired in 1901"), sentences(d).toString());
    }

    @Test
    void camelCaseNamesAreNotSplit() {
        CleanDocument d = clean("He met Joseph McCarthy and Charles DeWitt in Washington.");
        assertEquals(List.of("He met Joseph McCarthy and Charles DeWitt in Washington."), sentences(d));
        assertTrue(d.sections().isEmpty());
    }

    @Test
    void citationNotesLinksAndEntitiesAreRemoved() {
        CleanDocument d = clean("She wrote a book.See Chapter IV of [http://example.org/ch4.htm Memoirs] In 1840 she "
                + "moved to &quot;the North&quot;. Jane Roe, &quot;A Life&quot;, Example University Press, 1990, "
                + "ISBN 0-00-000000-0. She died [http://example.org/x obituary] in 1852.");
        assertEquals(List.of("She wrote a book.", "In 1840 she moved to \"the North\".", "She died in 1852."), sentences(d));
        assertTrue(d.residue().stream().anyMatch(r -> r.kind() == Residue.Kind.CITATION && r.text().startsWith("See Chapter IV")));
    }

    @Test
    void imageLinksAndCaptionTailsAreRemoved() {
        CleanDocument d = clean("She sailed home.[[Image:Ship.jpg|thumb|The ship [[Victory]] in port.]] She landed. "
                + "A portrait of her in 1840.]] She rested.");
        assertEquals(List.of("She sailed home.", "She landed.", "She rested."), sentences(d));
    }

    @Test
    void headingGluedToAnImageIsStillASection() {
        CleanDocument d = clean("She stayed home.Later years (1850–1852)[[Image:Ship.jpg|thumb|The ship in port.]] She "
                + "sailed in 1851. Her brother [[Image:Tom.jpg|thumb|Tom.]] sailed too.");
        assertEquals(List.of("She stayed home.", "She sailed in 1851.", "Her brother sailed too."), sentences(d));
        assertEquals(List.of("Later years"), d.sections().stream().map(Section::title).toList());
        assertEquals(1850, d.sections().get(0).startYear());
        assertEquals(0, d.sentences().get(1).section());
    }

    @Test
    void aCapitalizedPronounInsideASentenceBeginsTheNextOne() {
        CleanDocument d = clean("She died in 1950. A stamp of the Royal Mail His son, Tom, was born in 1900. "
                + "She wrote Ada: His Life and Work in 1940.");
        assertEquals(List.of("She died in 1950.", "A stamp of the Royal Mail", "His son, Tom, was born in 1900.",
                "She wrote Ada: His Life and Work in 1940."), sentences(d));
    }

    @Test
    void wikiHeadingMarkupIsASectionBoundary() {
        CleanDocument d = clean("The war ended.===Later work (1850–1852)=== She wrote again.");
        assertEquals(List.of("The war ended.", "She wrote again."), sentences(d));
        assertEquals("Later work", d.sections().get(0).title());
    }

    @Test
    void backMatterPersondataAndCategoriesAreCutOff() {
        CleanDocument d = clean("She died in 1852.NotesReferencesJane Roe (1990) A Life. Example Press.External "
                + "linksThe Ada Society   |NAME=Ada |PLACE OF BIRTH=London   Category:Mathematicians * "
                + "Category:1815 births de:Ada Byron fr:Ada Byron");
        assertEquals(List.of("She died in 1852."), sentences(d));
        assertEquals(List.of("NAME", "PLACE OF BIRTH"), d.infobox().stream().map(InfoboxField::key).toList());
        assertEquals("London", d.infobox().get(1).value());
        assertTrue(d.residue().stream().anyMatch(r -> r.kind() == Residue.Kind.CATEGORIES));
        assertTrue(d.residue().stream().anyMatch(r -> r.kind() == Residue.Kind.BACK_MATTER));
    }

    @Test
    void tableRowsAreNoProse() {
        CleanDocument d = clean("Ada Roe (1907–2004) was an actress.\n\n"
                + "  Title                   Year         Role                      Notes\n"
                + "  _Gigi_                  1958         Police Inspector          Film\n"
                + "| Year | Title    | Role         |\n"
                + "|- |- |-\n"
                + "-   Roe, Ada.   _A Life_.   Example Press, 1990.\n\n"
                + "She died in 2004.");
        List<String> kept = sentences(d);
        assertTrue(kept.stream().noneMatch(x -> x.contains("Inspector") || x.contains("Year")), kept.toString());
        // a list item is no table row, though runs of spaces set its parts apart
        assertTrue(kept.stream().anyMatch(x -> x.contains("Roe, Ada")), kept.toString());
        assertTrue(kept.contains("She died in 2004."), kept.toString());
        assertEquals(4, d.residue().stream().filter(r -> r.kind() == Residue.Kind.TABLE).count());
    }

    @Test
    void imageFileNamesAreNoProse() {
        CleanDocument d = clean("Ada Roe (1907–2004) was an actress.\n\n"
                + "Ada_Roe_Podium.jpg Roe began her career in Lund in 1930.\n\n"
                + "Roe_in_1950.PNG On 9 May 1950, she moved to Oslo. It came in .jpg and .tiff format.");
        List<String> kept = sentences(d);
        assertTrue(kept.contains("Roe began her career in Lund in 1930."), kept.toString());
        assertTrue(kept.contains("On 9 May 1950, she moved to Oslo."), kept.toString());
        // a format named in prose is no file
        assertEquals(List.of("Ada_Roe_Podium.jpg", "Roe_in_1950.PNG"), d.residue().stream()
                .filter(r -> r.kind() == Residue.Kind.IMAGE).map(Residue::text).toList());
    }

    @Test
    void headingRulesRejectCitationNumbersAndPronouns() {
        StructureDetector det = StructureDetector.withDefaultLists();
        assertNull(det.asHeading(0, 2, "76"));
        assertNull(det.asHeading(0, 10, "He resigned"));
        assertNull(det.asHeading(0, 30, "See Document 12 in The Papers"));
        assertFalse(det.asHeading(0, 23, "World War I (1914–1918)") == null);
    }
}
