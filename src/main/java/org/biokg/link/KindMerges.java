package org.biokg.link;

import org.biokg.extract.EntityType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cross-document merges of a label that names a kind of body or post ("Communist Party", "President", "Tsar"),
 * which alone identifies nothing (see {@link KindLabels}). Two things can tie it to another document's entity:
 * <ol>
 * <li>its own document names it in full: the "Communist Party" a biography also calls "Communist Party of Ruritania"
 * is the "Communist Party of Ruritania" of another biography;</li>
 * <li>one person holds it in both: the "President" Ivan Roe holds in one biography is the "Ruritanian President"
 * he holds in another (the same kind words, qualified: not "Vice President"), or, when no other document says which
 * president, the "President" he holds in a third; "Tsar" held by Ivan Roe in two biographies is one post.</li>
 * </ol>
 * A merge needs one target only: a "President" Ivan Roe holds that one document calls "Ruritanian President" and
 * another "President of Ruritania" goes to the one of them that sorts first (the two are one post written two ways),
 * but one he holds as "President of Ruritania" and as "President of the Senate" to neither.
 */
final class KindMerges {
    private KindMerges() {
    }

    /**
     * One key for the ways one qualified post is written: its kind words, and its own words cut to their first five
     * letters, in any order ("Ruritanian President" and "President of Ruritania" both read "president" + "rurit").
     */
    static String qualifiedKey(List<String> words) {
        Set<String> own = new TreeSet<>();
        for (String w : words) {
            if (!KindLabels.kindWords(List.of(w)).contains(w) && !Set.of("of", "the", "for", "in", "to", "and").contains(w)) {
                own.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return String.join(" ", KindLabels.kindWords(words)) + " | " + String.join(" ", own);
    }

    static Optional<EntityMerge> decide(EntityProfile mention, Collection<EntityProfile> candidates) {
        List<String> own = EntityProfile.words(mention.label(), mention.type());
        if (own.isEmpty() || !KindLabels.kind(mention.label(), mention.type())) {
            return Optional.empty();
        }
        Set<List<String>> fuller = new HashSet<>();
        for (String n : mention.names()) {
            if (KindLabels.identifying(n, mention.type())) {
                fuller.add(EntityProfile.words(n, mention.type()));
            }
        }
        Map<String, List<EntityProfile>> named = new TreeMap<>();
        Map<String, List<EntityProfile>> qualified = new TreeMap<>();
        List<EntityProfile> same = new ArrayList<>();
        for (EntityProfile c : candidates) {
            if (c.documentId().equals(mention.documentId()) || c.type() != mention.type()) {
                continue;
            }
            List<String> words = EntityProfile.words(c.label(), c.type());
            boolean identifying = KindLabels.identifying(c.label(), c.type());
            if (identifying && fuller.contains(words)) {
                named.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(c);
            }
            if (shared(mention, c) != null) {
                if (words.equals(own)) {
                    same.add(c);
                } else if (identifying && KindLabels.qualifies(own, words)) {
                    qualified.computeIfAbsent(qualifiedKey(words), k -> new ArrayList<>()).add(c);
                }
            }
        }
        if (named.size() == 1) {
            EntityProfile into = first(named.values().iterator().next());
            return Optional.of(merge(mention, into, null, "'" + mention.label() + "' is what " + mention.documentId()
                    + " also calls " + into.label() + " (in " + into.documentId() + ")"));
        }
        if (qualified.size() == 1) {
            EntityProfile into = first(qualified.values().iterator().next());
            return Optional.of(merge(mention, into, null, "'" + mention.label() + "' held by " + shared(mention, into)
                    + " is the " + into.label() + " held by the same person (in " + into.documentId() + ")"));
        }
        // One of the documents holds the post's resource, the same for all: the first by document id.
        Optional<EntityProfile> home = same.stream().min(Comparator.comparing(EntityProfile::documentId));
        if (home.isEmpty() || home.get().documentId().compareTo(mention.documentId()) > 0) {
            return Optional.empty();
        }
        EntityProfile into = home.get();
        return Optional.of(merge(mention, into, into.documentId(), "'" + mention.label() + "' is the post "
                + shared(mention, into) + " holds in " + into.documentId() + " too"));
    }

    /** A person who holds both, as {@code a}'s document names them, or null; names compare by their words. */
    private static String shared(EntityProfile a, EntityProfile b) {
        Set<List<String>> other = new HashSet<>();
        b.holders().forEach(h -> other.add(EntityProfile.words(h, EntityType.PERSON)));
        for (String h : a.holders()) {
            if (other.contains(EntityProfile.words(h, EntityType.PERSON))) {
                return h;
            }
        }
        return null;
    }

    /** The target's profile to name: a biography's subject's first, then by document id. */
    private static EntityProfile first(List<EntityProfile> profiles) {
        return profiles.stream().min(Comparator.comparing((EntityProfile p) -> !p.documentSubject())
                .thenComparing(EntityProfile::documentId)).orElseThrow();
    }

    private static EntityMerge merge(EntityProfile mention, EntityProfile into, String scope, String reason) {
        return new EntityMerge(mention.documentId(), mention.entityId(), mention.label(), mention.type(), into.label(),
                into.documentId(), reason, scope);
    }
}
