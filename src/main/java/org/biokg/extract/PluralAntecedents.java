package org.biokg.extract;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "The Greens and their leader Ann Roe came out against the plan. That put them at odds with Bob": a plural pronoun
 * that opens its sentence before any name stands for the names the sentence before gave as its subject, when there
 * were several. One pronoun then stands for several entities, which an entity-per-mention map cannot say.
 */
final class PluralAntecedents {
    /** The entities each such pronoun stands for. */
    Map<Mention, List<Entity>> find(AnnotatedDocument doc, List<List<Mention>> mentions, Map<Mention, Entity> entityOf) {
        Map<Mention, List<Entity>> out = new HashMap<>();
        for (int s = 1; s < mentions.size(); s++) {
            List<Entity> before = null;
            for (Mention m : mentions.get(s)) {
                if (m.kind() == Mention.Kind.NAME) {
                    break; // a name before it: the pronoun may point at that (see MentionResolver)
                }
                if (m.kind() == Mention.Kind.PRONOUN && Pronouns.isPlural(m)) {
                    if (before == null) {
                        before = subjects(doc, s - 1, mentions.get(s - 1), entityOf);
                    }
                    if (before.size() >= 2) {
                        out.put(m, before);
                    }
                }
            }
        }
        return out;
    }

    /** The named subjects of the main verb of sentence {@code s} ("A and B came out against …"). */
    private static List<Entity> subjects(AnnotatedDocument doc, int s, List<Mention> mentions, Map<Mention, Entity> entityOf) {
        SemanticGraph g = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Entity> out = new ArrayList<>();
        if (g == null || g.getRoots().isEmpty()) {
            return out;
        }
        IndexedWord root = g.getFirstRoot();
        for (SemanticGraphEdge e : g.outgoingEdgeList(root)) {
            String rel = e.getRelation().toString();
            if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) {
                continue;
            }
            Mention m = RelationFinder.mentionAt(mentions, e.getDependent().index() - 1, false);
            if (m != null && m.kind() == Mention.Kind.ROLE) {
                // "its leader Ann Roe": the name beside the title is the subject
                m = null;
                for (SemanticGraphEdge n : g.outgoingEdgeList(e.getDependent())) {
                    String r = n.getRelation().toString();
                    Mention named = r.equals("appos") || r.equals("dep")
                            ? RelationFinder.mentionAt(mentions, n.getDependent().index() - 1, false) : null;
                    if (named != null && named.kind() == Mention.Kind.NAME) {
                        m = named;
                    }
                }
            }
            Entity entity = m != null && m.kind() == Mention.Kind.NAME ? entityOf.get(m) : null;
            if (entity == null || entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION) {
                return List.of(); // "A and the troops": not a group of names
            }
            if (!out.contains(entity)) {
                out.add(entity);
            }
        }
        return out;
    }
}
