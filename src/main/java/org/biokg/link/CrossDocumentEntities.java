package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One entity across documents. Within a document the extraction step has already made "Roe" and "Ada Roe" one
 * entity, and entities of the same type and label in several documents are one resource in the graph. This
 * step joins what neither sees: a person's short name in one biography ("Roe") and the full name in another
 * ("Ada Roe", "A. Roe" → "Ada Roe" too).
 * <p>
 * A merge needs one candidate only: when "Roe" could be "Ada Roe" or "Ben Roe", nothing is merged, because a
 * wrong merge mixes two lives and a missed one only leaves two nodes. Birth and death years that disagree
 * forbid a merge. Every decision is an {@link EntityMerge} with its reason, written to the graph.
 * <p>
 * {@link #decide} is a pure function of a profile and the profiles sharing a blocking key with it, so the same
 * decisions come from {@link #find} in memory and from a distributed join.
 */
public final class CrossDocumentEntities {
    private CrossDocumentEntities() {
    }

    /**
     * The merge for {@code mention}, if exactly one entity of another document is a fuller name of it (or the
     * entity another document gives that name to).
     *
     * @param candidates profiles sharing at least one blocking key with {@code mention}; its own document's and
     *                   other types are ignored
     */
    public static Optional<EntityMerge> decide(EntityProfile mention, Collection<EntityProfile> candidates) {
        List<String> own = EntityProfile.words(mention.label(), mention.type());
        if (own.isEmpty() || mention.documentSubject()) {
            // A biography's subject is named in full by its own document: a target, never merged into another.
            return Optional.empty();
        }
        Optional<EntityMerge> kind = KindMerges.decide(mention, candidates);
        if (kind.isPresent()) {
            return kind;
        }
        // Targets by their normalised label: several documents naming one target are one candidate.
        Map<String, List<EntityProfile>> targets = new TreeMap<>();
        for (EntityProfile c : candidates) {
            if (c.documentId().equals(mention.documentId()) || c.type() != mention.type() || !yearsAgree(mention, c)) {
                continue;
            }
            List<String> target = EntityProfile.words(c.label(), c.type());
            // A target named by one of the mention's own names is the one to merge, not to merge into: the
            // document that calls it "PL" as well as "People's League" is where "PL" elsewhere goes.
            if (target.equals(own)) {
                // The same words written otherwise ("- Ada Roe", "ADA ROE"): one name, under its best spelling.
                if (better(c, mention)) {
                    targets.computeIfAbsent(String.join(" ", target), k -> new ArrayList<>()).add(c);
                }
                continue;
            }
            if (ownName(mention, target) || !names(mention, c)) {
                continue;
            }
            targets.computeIfAbsent(String.join(" ", target), k -> new ArrayList<>()).add(c);
        }
        // "Ada Roe" and "Ada Mary Roe" are two spellings of one target: keep the fullest when the others are
        // inside it; two targets neither of which holds the other ("Ada Roe", "Ben Roe") leave it undecided.
        List<String> keys = new ArrayList<>(targets.keySet());
        // Fullest: most words, then most letters ("Ada Roe" over "A. Roe"), then the first in order.
        String fullest = keys.stream().max(java.util.Comparator.comparingInt((String k) -> k.split(" ").length)
                .thenComparingInt(String::length)
                .thenComparing(java.util.Comparator.<String>reverseOrder())).orElse(null);
        if (fullest == null) {
            return Optional.empty();
        }
        List<String> full = List.of(fullest.split(" "));
        for (String k : keys) {
            if (!PersonNames.subsequence(List.of(k.split(" ")), full)) {
                return Optional.empty();
            }
        }
        // The target's label as most of its documents write it, ties by document id.
        EntityProfile into = targets.get(fullest).stream()
                .min(java.util.Comparator.comparing((EntityProfile p) -> !p.documentSubject())
                        .thenComparing(EntityProfile::documentId))
                .orElseThrow();
        if (into.label().equals(mention.label())) {
            return Optional.empty();
        }
        return Optional.of(new EntityMerge(mention.documentId(), mention.entityId(), mention.label(), mention.type(),
                into.label(), into.documentId(), reason(mention, into, targets.get(fullest).size())));
    }

    /** All merges over {@code results}, in memory: profiles indexed by blocking key, then {@link #decide}. */
    public static List<EntityMerge> find(List<ExtractionResult> results) {
        Map<String, List<EntityProfile>> byKey = new HashMap<>();
        List<EntityProfile> all = new ArrayList<>();
        for (ExtractionResult r : results) {
            for (EntityProfile p : EntityProfile.of(r)) {
                all.add(p);
                for (String k : p.blockingKeys()) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
                }
            }
        }
        List<EntityMerge> merges = new ArrayList<>();
        for (EntityProfile p : all) {
            Set<EntityProfile> candidates = new LinkedHashSet<>();
            for (String k : p.blockingKeys()) {
                candidates.addAll(byKey.getOrDefault(k, List.of()));
            }
            decide(p, candidates).ifPresent(merges::add);
        }
        return closed(merges);
    }

    /**
     * The merges with each target followed to its end: when "Roe" goes to "Ada Roe" and "Ada Roe" (in another
     * document) to "Ada Mary Roe", both end at "Ada Mary Roe".
     */
    public static List<EntityMerge> closed(Collection<EntityMerge> merges) {
        return MergeChains.closed(merges);
    }

    /** {@code results} with {@link #find}'s merges applied. */
    public static List<ExtractionResult> resolve(List<ExtractionResult> results) {
        return apply(results, find(results));
    }

    /**
     * Copies of {@code results} in which each merged entity bears its target's label (its own name kept as an
     * alias), so the graph makes them one resource. Chains ("Roe" → "Ada Roe" → "Ada Mary Roe") are followed
     * to their end. The results given are not changed.
     */
    public static List<ExtractionResult> apply(List<ExtractionResult> results, Collection<EntityMerge> merges) {
        if (results.size() < 2) {
            return results;
        }
        Applier applier = new Applier(merges, results.stream().map(r -> r.subject().label()).toList());
        List<ExtractionResult> out = new ArrayList<>();
        for (ExtractionResult r : results) {
            out.add(applier.applyTo(r));
        }
        return out;
    }

    /**
     * The merges made ready to apply one document at a time, exactly as {@link #apply} applies them to all the
     * documents together: what a distributed job ships to its workers (merges are few; documents many).
     */
    public static final class Applier implements Serializable {
        private final Map<String, EntityMerge> byEntity = new HashMap<>();
        private final MergeChains chains;
        private final Set<String> subjects;

        /**
         * @param merges   the merges, in the order {@link #find} gives them
         * @param subjects the labels of the subjects of all the documents (of at least two)
         */
        public Applier(Collection<EntityMerge> merges, Collection<String> subjects) {
            for (EntityMerge m : merges) {
                byEntity.put(m.documentId() + "\u0000" + m.entityId(), m);
            }
            this.chains = new MergeChains(merges);
            // A one-word name a biography is about ("Ada" for a singer known by one name) is that person everywhere.
            this.subjects = new HashSet<>(subjects);
        }

        /** A copy of {@code r} with the merges applied; {@code r} is not changed. */
        public ExtractionResult applyTo(ExtractionResult r) {
            ExtractionResult copy = Rebuild.copy(r);
            for (Entity e : copy.allEntities()) {
                EntityMerge m = byEntity.get(copy.documentId() + "\u0000" + e.id());
                String joined = m == null || !e.label().equals(m.fromLabel()) ? null : relabel(e, chains.end(m));
                if (joined != null) {
                    // "Tsar" here and "Tsar" there held by one "Ivan Roe": the resource of the target's document.
                    e.setScope(joined);
                } else if (!subjects.contains(e.label()) && !KindLabels.identifying(e.label(), e.type())) {
                    // "Mary" here and "Mary" there, "Prime Minister" here and there: seldom one thing.
                    e.setScope(copy.documentId());
                }
            }
            return copy;
        }

        /** Gives {@code e} the merge's label (its own kept as an alias); the scope it joins, if any. */
        private static String relabel(Entity e, EntityMerge m) {
            if (!m.intoLabel().equals(e.label())) {
                e.addAlias(e.label());
                e.setLabel(m.intoLabel());
            }
            return m.intoScope();
        }
    }

    /** The spelling to keep of one name: a biography's subject's, then one that starts with a letter, then the first. */
    private static boolean better(EntityProfile c, EntityProfile mention) {
        if (c.label().equals(mention.label())) {
            return false;
        }
        if (c.documentSubject() != mention.documentSubject()) {
            return c.documentSubject();
        }
        boolean cl = Character.isLetter(c.label().charAt(0));
        boolean ml = Character.isLetter(mention.label().charAt(0));
        return cl != ml ? cl : c.label().compareTo(mention.label()) < 0;
    }

    private static boolean ownName(EntityProfile mention, List<String> words) {
        for (String n : mention.names()) {
            if (EntityProfile.words(n, mention.type()).equals(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c}'s label is a fuller name of the mention's label. Labels only: a document's aliases are
     * looser than its labels (a brother's name, a generic "Prime Minister"), and a wrong merge across documents
     * mixes two lives. Other types than persons are one across documents by their exact label only (in the graph).
     */
    private static boolean names(EntityProfile mention, EntityProfile c) {
        if (mention.type() != EntityType.PERSON) {
            return false;
        }
        List<String> m = EntityProfile.words(mention.label(), mention.type());
        List<String> w = EntityProfile.words(c.label(), c.type());
        return !m.isEmpty() && !w.isEmpty() && PersonNames.fuller(m, w);
    }

    private static boolean yearsAgree(EntityProfile a, EntityProfile b) {
        return agree(a.born(), b.born()) && agree(a.died(), b.died());
    }

    private static boolean agree(String x, String y) {
        return x == null || y == null || x.equals(y);
    }

    private static String reason(EntityProfile mention, EntityProfile into, int documents) {
        String where = documents == 1 ? "in " + into.documentId() : "in " + documents + " documents, e.g. " + into.documentId();
        if (EntityProfile.words(mention.label(), mention.type()).equals(EntityProfile.words(into.label(), into.type()))) {
            return "'" + mention.label() + "' is another spelling of " + into.label() + " (" + where + ")";
        }
        return "'" + mention.label() + "' is a shorter name of one person only among the other documents' people: "
                + into.label() + " (" + where + ")";
    }

    /** For tests and reports: the merged label of each merged entity, by document. */
    static Map<String, String> labels(List<EntityMerge> merges) {
        Map<String, String> m = new LinkedHashMap<>();
        for (EntityMerge x : merges) {
            m.put(x.documentId() + ":" + x.fromLabel(), x.intoLabel());
        }
        return m;
    }
}
