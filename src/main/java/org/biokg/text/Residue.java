package org.biokg.text;

import org.biokg.text.Span;

/**
 * A part of the original file that cleaning kept out of the prose, and why: it is reported (biokg text
 * --residue) so a user can check that nothing worth reading was thrown away.
 */
public record Residue(Kind kind, Span span, String text) {
    public enum Kind { INFOBOX, HEADING, LINK, IMAGE, CAPTION, CITATION, BACK_MATTER, CATEGORIES, MARKUP, TABLE }
}
