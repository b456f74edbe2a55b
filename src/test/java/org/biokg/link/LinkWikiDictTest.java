package org.biokg.link;

import org.biokg.BiokgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The WikiDict reader on a made-up dictionary: matching, case, memory of past passes, bad lines and files. */
class LinkWikiDictTest {
    @TempDir
    Path tmp;

    @Test
    void findsANameAsWrittenAndInOtherAsciiCase() {
        WikiDict d = WikiDict.of(LinkFixtures.dictionary(tmp, false));
        assertEquals(List.of(new DictEntry("Tomás Rell", "Tomás_Rell", 1.0)), d.lookup("Tomás Rell"));
        assertEquals(List.of(new DictEntry("Tomás Rell", "Tomás_Rell", 1.0)), d.lookup("tomás  rell "));
        assertEquals(List.of(new DictEntry("Mara Velinska", "Mara_Velinska", 0.97)), d.lookup("MARA VELINSKA"));
        assertEquals(List.of(), d.lookup("Zorvath Quillinby"));
    }

    @Test
    void readsTheFileOncePerBatchOfNewNames() {
        WikiDict d = WikiDict.of(LinkFixtures.dictionary(tmp, true));
        Map<String, List<DictEntry>> first = d.lookup(List.of("Drovnik", "Velinska", "Nobody Known"), null);
        assertEquals(0.45, first.get("Drovnik").get(0).score());
        assertEquals("Mara_Velinska", first.get("Velinska").get(0).title());
        assertEquals(List.of(), first.get("Nobody Known"));
        assertEquals(1, d.passes());
        d.lookup(List.of("drovnik", "Nobody Known"), null);
        assertEquals(1, d.passes(), "names asked for before, found or not, cost no pass");
        d.lookup(List.of("Drovnik", "Port Halden"), null);
        assertEquals(2, d.passes());
    }

    @Test
    void skipsMalformedLinesAndReadsTheLastLineAndCrLf() {
        WikiDict d = WikiDict.of(LinkFixtures.dictionary(tmp, false));
        Map<String, List<DictEntry>> found = d.lookup(
                List.of("no tab on this line", "Bad Score", "Empty_Surface", "Windows Line", "Last Line"), null);
        assertEquals(List.of(), found.get("no tab on this line"));
        assertEquals(List.of(), found.get("Bad Score"));
        assertEquals(List.of(), found.get("Empty_Surface"));
        assertEquals(List.of(new DictEntry("Windows Line", "Windows_Line", 0.5)), found.get("Windows Line"));
        assertEquals(List.of(new DictEntry("Last Line", "Last_Line", 0.75)), found.get("Last Line"));
    }

    @Test
    void aMissingFileIsBadInput() {
        BiokgException e = assertThrows(BiokgException.class, () -> WikiDict.of(tmp.resolve("nope.tab.gz")));
        assertEquals(BiokgException.BAD_INPUT, e.exitCode());
        assertTrue(e.getMessage().contains("nope.tab.gz"), e.getMessage());
    }

    @Test
    void aFileThatIsNotGzipDespiteItsNameIsBadInput() throws Exception {
        Path p = java.nio.file.Files.writeString(tmp.resolve("fake.tab.gz"), "Mara\tMara\t1.0\n");
        BiokgException e = assertThrows(BiokgException.class, () -> WikiDict.of(p).lookup("Mara"));
        assertEquals(BiokgException.BAD_INPUT, e.exitCode());
    }

    @Test
    void titlesAreNormalisedAsWikipediaNamesPages() {
        assertEquals("Minister_(government)", WikiTitle.normalise("minister_(government)"));
        assertEquals("Georgia", WikiTitle.base("Georgia_(country)"));
        assertTrue(WikiTitle.notAnEntityPage("List_of_ports"));
        assertTrue(WikiTitle.notAnEntityPage("Mercury_(disambiguation)"));
        assertTrue(WikiTitle.notAnEntityPage("secretary"));
        assertTrue(WikiTitle.commonNoun("Coastal_council"));
        assertTrue(WikiTitle.commonNoun("Minister_of_defence_(politics)"));
        assertTrue(!WikiTitle.commonNoun("Coastal_Council"));
        assertTrue(!WikiTitle.commonNoun("Council"));
        assertTrue(!WikiTitle.commonNoun("Ludwig_van_Beethoven"));
    }

    @Test
    void aPersonLinksOnlyToAPageThatSharesAName() {
        assertTrue(NameMatch.sharesAWord("Tomás Rell", "Tomas_Rell"));
        assertTrue(NameMatch.sharesAWord("Rell", "Tomás_Rell_(sailor)"));
        assertTrue(NameMatch.sharesAWord("Dmitri Vatsenko", "Dmytro_Vacenko"), "transliterations are alike");
        assertTrue(!NameMatch.sharesAWord("Ilse Kordt", "Ion_Brandt"));
    }

    @Test
    void anOfficeLinksOnlyToAPageTitledByItsRole() {
        assertTrue(NameMatch.titledByAWordOf("Estavian President", "President_of_Estavia"));
        assertTrue(!NameMatch.titledByAWordOf("People's Warden", "Council_of_the_People's_Wardens"));
    }
}
