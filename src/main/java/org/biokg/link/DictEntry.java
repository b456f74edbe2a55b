package org.biokg.link;

/**
 * One line of the WikiDict: a surface form, the Wikipedia title it links to most often, and the share of
 * the surface form's links that go to that title (in [0, 1]).
 *
 * @param surface the text of the anchor, as written (case matters)
 * @param title   the Wikipedia title as the dictionary spells it (underscores; the first letter may be lower case)
 * @param score   how often this surface form links to this title
 */
public record DictEntry(String surface, String title, double score) {
}
