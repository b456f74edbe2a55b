package org.biokg.text;

import org.junit.jupiter.api.Test;

import static org.biokg.text.Labels.key;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelsTest {
    @Test
    void dropsAccentsAndCase() {
        assertEquals("celine dufresne", key("Céline DUFRESNE"));
        assertEquals("ramon merida", key("Ramón Mérida"));
    }

    @Test
    void compatibilityFormsAreDecomposed() {
        // NFKD turns the ligature and the superscript into plain letters and digits.
        assertEquals("office no 2", key("Oﬃce No ²"));
    }

    @Test
    void dropsPossessiveAndTurnsOtherPunctuationIntoSpaces() {
        assertEquals("warden of the people granary", key("Warden of the People's Granary"));
        assertEquals("warden of the people granary", key("Warden of the People’s Granary"));
        assertEquals("smith jones", key("Smith-Jones"));
        assertEquals("o shea", key("O'Shea"));
        assertEquals("workers", key("workers'"));
        assertEquals("a b c", key("  a.  (b),\t\"c\"  "));
    }

    @Test
    void dropsOnlyALeadingThe() {
        assertEquals("lantern society", key("The Lantern Society"));
        assertEquals("lantern society", key("the  Lantern Society."));
        assertEquals("theodore vane", key("Theodore Vane"));
        assertEquals("party of the people", key("Party of the People"));
        assertEquals("the", key("The"));
    }

    @Test
    void nullAndBlankAreEmpty() {
        assertEquals("", key(null));
        assertEquals("", key(" -- "));
    }
}
