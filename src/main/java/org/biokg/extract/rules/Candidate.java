package org.biokg.extract.rules;

import org.biokg.extract.DateMention;
import org.biokg.extract.Mention;

/**
 * A relation read by one rule in one sentence, before entities are merged into facts.
 *
 * @param rule     the rule that matched
 * @param subject  the subject mention, or null when the rule means the biography's subject
 * @param object   the object mention, or null for date-valued relations
 * @param date     the object date of a date-valued relation, else null
 * @param trigger  the trigger token (0-based), or the object's head when the rule has none
 * @param repairs  the ids of the parse repairs behind the edges the match used (see MatchedRepairs), in the order
 *                 they ran; empty when the parser's own edges sufficed
 */
public record Candidate(Rule rule, Mention subject, Mention object, DateMention date, int trigger, java.util.List<String> repairs) {
    public Candidate {
        repairs = java.util.List.copyOf(repairs);
    }

    /** A candidate its match needed no repair for. */
    public Candidate(Rule rule, Mention subject, Mention object, DateMention date, int trigger) {
        this(rule, subject, object, date, trigger, java.util.List.of());
    }
}
