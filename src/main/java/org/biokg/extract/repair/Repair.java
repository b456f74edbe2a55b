package org.biokg.extract.repair;

/**
 * One parse repair: a rewrite of a sentence's dependency graph for one parser error (or one construction
 * enhanced++ leaves out), under a stable kebab-case id that the evidence of every fact it helped read names.
 * A repair is idempotent: run twice, it changes nothing the second time.
 */
public interface Repair {
    /** The stable id, e.g. {@code restore-glued-subjects}; listed in order in {@code repairs.txt}. */
    String id();

    /** Rewrites the parse in place, through {@code p} so that every edge it adds is logged under its id. */
    void apply(ParseUnderRepair p);
}
