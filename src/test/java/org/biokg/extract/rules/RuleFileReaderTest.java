package org.biokg.extract.rules;

import org.biokg.extract.Relation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleFileReaderTest {
    @Test
    void objectFromIsReadAndDefaultsToTheNode() {
        List<Rule> rules = new RuleFileReader().read(Relation.HELD_OFFICE, "rule-files/object-from.rules");
        assertEquals(2, rules.size());
        assertEquals(Rule.ObjectSource.PREDECESSORS_OFFICE, rules.get(0).objectFrom());
        assertEquals(Rule.ObjectSource.NODE, rules.get(1).objectFrom());
        assertEquals("heldOffice/replaced", rules.get(0).id());
    }

    @Test
    void anUnknownObjectSourceNamesTheFileTheRuleAndTheChoices() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RuleFileReader().read(Relation.HELD_OFFICE, "rule-files/bad-object-from.rules"));
        assertTrue(e.getMessage().contains("bad-object-from.rules") && e.getMessage().contains("[misspelt]")
                && e.getMessage().contains("predecessor's office"), e.getMessage());
    }

    @Test
    void subjectFromIsReadAndDefaultsToTheNode() {
        List<Rule> rules = new RuleFileReader().read(Relation.HELD_OFFICE, "rule-files/subject-from.rules");
        assertEquals(List.of(Rule.SubjectSource.HOLDERS, Rule.SubjectSource.BIOGRAPHY, Rule.SubjectSource.NODE),
                rules.stream().map(Rule::subjectFrom).toList());
        assertEquals(Rule.DateRole.END, rules.get(0).dateRole());
    }

    @Test
    void holdersAreRefusedOutsideHeldOffice() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RuleFileReader().read(Relation.MEMBER_OF, "rule-files/holders-outside-heldoffice.rules"));
        assertTrue(e.getMessage().contains("[abolished]") && e.getMessage().contains("heldOffice rules only"), e.getMessage());
    }

    @Test
    void aBadDateRoleOrConfidenceNamesTheRuleAndWhatIsAllowed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RuleFileReader().read(Relation.MEMBER_OF, "rule-files/bad-date.rules"));
        assertTrue(e.getMessage().contains("[date-with-comment]") && e.getMessage().contains("start, end or none"),
                e.getMessage());
        IllegalStateException c = assertThrows(IllegalStateException.class,
                () -> new RuleFileReader().read(Relation.MEMBER_OF, "rule-files/bad-confidence.rules"));
        assertTrue(c.getMessage().contains("[too-high]") && c.getMessage().contains("[0, 1]"), c.getMessage());
    }

    @Test
    void anUnknownKeyIsReportedWithTheFileAndLineRatherThanIgnored() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new RuleFileReader().read(Relation.ALLIED_WITH, "rule-files/unknown-key.rules"));
        assertTrue(e.getMessage().startsWith("rule-files/unknown-key.rules:4: unknown key 'confidance'"), e.getMessage());
        assertTrue(e.getMessage().contains("confidence"), "the keys there are: " + e.getMessage());
    }

    @Test
    void everyKeyTheReaderKnowsIsDocumentedInTheRulesReadme() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/org/biokg/extract/rules/README.md"));
        for (String key : RuleFileReader.KEYS) {
            assertTrue(java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(key) + " +=").matcher(readme).find(),
                    key + " is not documented");
        }
    }

    @Test
    void descriptionsTakeNoNarrativeDate() {
        Rule appos = new RuleFileReader().read(Relation.SPOUSE, "org/biokg/extract/rules/spouse.rules").stream()
                .filter(r -> r.name().equals("wife-appos")).findFirst().orElseThrow();
        assertEquals(Rule.DateRole.NONE, appos.dateRole());
    }

    @Test
    void aWordListIsReadIntoThePatternAndAnUnknownOneIsNamed() {
        String expanded = RuleFileReader.expandWordLists("{lemma:/@{ally-nouns}/}=trigger >nmod:poss {}=obj", "test");
        assertTrue(expanded.startsWith("{lemma:/ally|supporter|") && expanded.endsWith("/}=trigger >nmod:poss {}=obj"), expanded);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleFileReader.expandWordLists("{lemma:/@{no-such-list}/}", "x.rules:3 [r]"));
        assertTrue(e.getMessage().startsWith("x.rules:3 [r]: no word list") && e.getMessage().contains("no-such-list.txt"),
                e.getMessage());
    }
}
