package org.biokg.extract.facts;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import org.biokg.text.ResourceLines;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a sentence tells a time by someone's age ("When Ada was nine, her father sent her to Lund"): a time the
 * text does not date, so the narrative's last date must not date what the sentence tells (it would give the
 * birth year or whatever date came before). Patterns in {@code rules/age-clauses.tokensregex}.
 */
final class AgeClauses {
    private final List<TokenSequencePattern> patterns = new ArrayList<>();

    AgeClauses(String resource) {
        for (String line : ResourceLines.read(resource)) {
            patterns.add(TokenSequencePattern.compile(line.strip()));
        }
    }

    static AgeClauses defaults() {
        return new AgeClauses("org/biokg/extract/rules/age-clauses.tokensregex");
    }

    boolean in(List<CoreLabel> tokens) {
        for (TokenSequencePattern p : patterns) {
            if (p.getMatcher(tokens).find()) {
                return true;
            }
        }
        return false;
    }
}
