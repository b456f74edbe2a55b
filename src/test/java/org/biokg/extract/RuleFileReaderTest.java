package org.biokg.extract;

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
}
