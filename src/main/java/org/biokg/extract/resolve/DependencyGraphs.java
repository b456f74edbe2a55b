package org.biokg.extract.resolve;

import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.IndexedWord;

import java.util.List;

/**
 * Small questions about the mentions on a sentence's dependency graph, shared by the extract stage (questions about
 * the graph alone: {@link org.biokg.nlp.ParseQuestions}).
 */
final class DependencyGraphs {
    private DependencyGraphs() {
    }

    /** The person's name mention covering token {@code token} (0-based), or null. */
    static Mention personName(int token, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.covers(token) && m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON) {
                return m;
            }
        }
        return null;
    }

    /** The person's name mention covering graph node {@code w}, or null. */
    static Mention personName(IndexedWord w, List<Mention> mentions) {
        return personName(w.index() - 1, mentions);
    }
}
