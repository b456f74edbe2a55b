package org.biokg.extract.resolve;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;
import java.util.Set;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

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
public final class PluralAntecedents implements ExtractionStep {
    @Override
    public String id() {
        return "plural-antecedents";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS, Holding.REPAIRED_PARSES, Holding.ENTITIES);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.PLURAL_ANTECEDENTS);
    }

    @Override
    public void apply(ExtractionState state) {
        state.setStandIns(standIns(find(state.doc(), state.mentions(), state.entityOf()), state.entityOf()));
    }

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
            Mention m = Mention.at(mentions, e.getDependent().index() - 1, false);
            if (m != null && m.kind() == Mention.Kind.ROLE) {
                // "its leader Ann Roe": the name beside the title is the subject
                m = null;
                for (SemanticGraphEdge n : g.outgoingEdgeList(e.getDependent())) {
                    String r = n.getRelation().toString();
                    Mention named = r.equals("appos") || r.equals("dep")
                            ? Mention.at(mentions, n.getDependent().index() - 1, false) : null;
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

    /**
     * For each plural pronoun that stands for several entities ({@link PluralAntecedents}), a name mention over the
     * pronoun's own tokens for each of them, registered in {@code entityOf}: a candidate is then read once per entity.
     */
    private static Map<Mention, List<Mention>> standIns(Map<Mention, List<Entity>> plural, Map<Mention, Entity> entityOf) {
        Map<Mention, List<Mention>> out = new HashMap<>();
        plural.forEach((pronoun, entities) -> {
            List<Mention> stands = new ArrayList<>();
            for (Entity e : entities) {
                Mention stand = new Mention(pronoun.sentence(), pronoun.begin(), pronoun.end(), pronoun.head(), e.type(),
                        Mention.Kind.NAME, e.label());
                entityOf.put(stand, e);
                stands.add(stand);
            }
            out.put(pronoun, stands);
        });
        return out;
    }
}
