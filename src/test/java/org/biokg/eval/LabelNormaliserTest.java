package org.biokg.eval;

import org.junit.jupiter.api.Test;

import static org.biokg.eval.LabelNormaliser.normalise;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LabelNormaliserTest {
    @Test
    void dropsAccentsAndCase() {
        assertEquals("celine dufresne", normalise("Céline DUFRESNE"));
        assertEquals("ramon merida", normalise("Ramón Mérida"));
    }

    @Test
    void compatibilityFormsAreDecomposed() {
        // NFKD turns the ligature and the superscript into plain letters and digits.
        assertEquals("office no 2", normalise("Oﬃce No ²"));
    }

    @Test
    void dropsPossessiveAndTurnsOtherPunctuationIntoSpaces() {
        assertEquals("warden of the people granary", normalise("Warden of the People's Granary"));
        assertEquals("warden of the people granary", normalise("Warden of the People’s Granary"));
        assertEquals("smith jones", normalise("Smith-Jones"));
        assertEquals("o shea", normalise("O'Shea"));
        assertEquals("workers", normalise("workers'"));
        assertEquals("a b c", normalise("  a.  (b),\t\"c\"  "));
    }

    @Test
    void dropsOnlyALeadingThe() {
        assertEquals("lantern society", normalise("The Lantern Society"));
        assertEquals("lantern society", normalise("the  Lantern Society."));
        assertEquals("theodore vane", normalise("Theodore Vane"));
        assertEquals("party of the people", normalise("Party of the People"));
        assertEquals("the", normalise("The"));
    }

    @Test
    void nullAndBlankAreEmpty() {
        assertEquals("", normalise(null));
        assertEquals("", normalise(" -- "));
    }
}
