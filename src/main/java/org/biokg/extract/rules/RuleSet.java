package org.biokg.extract.rules;

import org.biokg.extract.Relation;

import java.util.ArrayList;
import java.util.List;

/** All rule files: {@code org/biokg/extract/rules/<relation id>.rules}, one per relation. */
public final class RuleSet {
    private RuleSet() {
    }

    public static List<Rule> load() {
        RuleFileReader reader = new RuleFileReader();
        List<Rule> rules = new ArrayList<>();
        for (Relation r : Relation.values()) {
            rules.addAll(reader.read(r, "org/biokg/extract/rules/" + r.id() + ".rules"));
        }
        return rules;
    }
}
