package org.biokg.eval.redocred;

/**
 * A Wikidata property a biokg relation corresponds to.
 *
 * @param property the Wikidata property id, e.g. {@code P40}
 * @param inverse  true when relation(a, b) corresponds to property(b, a)
 * @param charged  whether an unmatched prediction of the relation counts as a false positive of this
 *                 property (false for properties reached only as Wikidata's own inverses, e.g. P22 father
 *                 from P40 child: a wrong parentOf is wrong for P40, not for father and mother too)
 */
public record PropertyTarget(String property, boolean inverse, boolean charged) {
}
