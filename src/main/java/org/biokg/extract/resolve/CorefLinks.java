package org.biokg.extract.resolve;

import org.biokg.extract.Entity;
import org.biokg.extract.Mention;

import edu.stanford.nlp.coref.data.CorefChain;
import org.biokg.nlp.AnnotatedDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's coreference chains as a lookup from a pronoun to the named mention it refers to (when the nlp
 * stage ran coreference; otherwise it finds nothing and pronouns fall back to the biography's subject).
 */
final class CorefLinks {
    /** "sentence:headToken" of a chain member -> the chain's representative mention. */
    private final Map<String, CorefChain.CorefMention> representative = new HashMap<>();

    CorefLinks(AnnotatedDocument doc) {
        for (CorefChain chain : doc.corefChains().values()) {
            CorefChain.CorefMention rep = chain.getRepresentativeMention();
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                if (m != rep) {
                    representative.put((m.sentNum - 1) + ":" + (m.headIndex - 1), rep);
                }
            }
        }
    }

    /** The entity of the named mention a pronoun's chain is represented by, if already resolved. */
    Entity antecedent(Mention pronoun, List<List<Mention>> mentions, Map<Mention, Entity> entityOf) {
        CorefChain.CorefMention rep = representative.get(pronoun.sentence() + ":" + pronoun.head());
        if (rep == null) {
            return null;
        }
        int s = rep.sentNum - 1;
        if (s < 0 || s >= mentions.size()) {
            return null;
        }
        Mention m = DependencyGraphs.personName(rep.headIndex - 1, mentions.get(s));
        return m == null ? null : entityOf.get(m);
    }
}
