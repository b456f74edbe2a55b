package org.biokg.extract;

import org.biokg.text.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges mentions into entities, in document order. Persons: a full name is one entity with its later
 * surname-only mentions (resolved to the most recently mentioned person of that surname) and with the
 * aliases the text gives. Organizations, places, offices and publications: one entity per normalised
 * label, a short form ("Labour Party") joining the long form it abbreviates ("Labour Party of X").
 */
public final class EntityRegistry {
    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final Map<Entity, Integer> lastSeen = new HashMap<>();
    private final Map<Entity, Integer> lastSentence = new HashMap<>();
    /** A namesake named within this many sentences takes a bare surname from the subject. */
    private static final int RECENT_SENTENCES = 1;
    private int sentence;
    private final List<Entity> persons = new ArrayList<>();
    private int next;
    private int clock;
    /** Organization head words and office word variants; null: neither is used. */
    private final Lexicon orgHeads;
    /** The people a one-word name names besides its known bearer (see {@link #anotherPerson}), by label. */
    private final Map<String, Entity> otherBearers = new HashMap<>();

    public EntityRegistry() {
        this(null);
    }

    /** A registry that resolves bare head words ("the Union") with the lexicon's organization heads. */
    public EntityRegistry(Lexicon lexicon) {
        this.orgHeads = lexicon;
    }

    public List<Entity> all() {
        List<Entity> out = new ArrayList<>();
        for (Entity e : byKey.values()) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Registers the biography's subject with its aliases. */
    public Entity subject(String label, List<String> aliases) {
        Entity e = newEntity(label, EntityType.PERSON);
        persons.add(e);
        byKey.put(key(EntityType.PERSON, label), e);
        for (String a : aliases) {
            alias(e, a);
        }
        return e;
    }

    /** Adds an alias and makes it resolve to {@code e}. */
    public void alias(Entity e, String alias) {
        String k = key(e.type(), alias);
        if (k.endsWith("|")) {
            return;
        }
        e.addAlias(alias);
        byKey.putIfAbsent(k, e);
    }

    /** The entity a name of {@code type} refers to, creating it when new. */
    public Entity resolve(String rawLabel, EntityType type) {
        return resolve(rawLabel, type, sentence);
    }

    /** The entity a name of {@code type} in sentence {@code s} (document order) refers to. */
    public Entity resolve(String rawLabel, EntityType type, int s) {
        String label = cleanLabel(rawLabel, type);
        clock++;
        sentence = s;
        Entity e = type == EntityType.PERSON ? resolvePerson(label) : resolveOther(label, type);
        lastSeen.put(e, clock);
        // a namesake reached by the subject's bare surname is not named again by it: "His father, Karl Roe, was a
        // clerk. Roe left in 1901. Roe settled in Lund": the second "Roe" is the subject again
        if (!(type == EntityType.PERSON && !persons.isEmpty() && e != persons.get(0) && !label.contains(" ")
                && NameBearers.hasNamePart(persons.get(0), label))) {
            lastSentence.put(e, s);
        }
        return e;
    }

    /**
     * The organization a definite description points back to ("the union" after "the Weavers Union"): the one
     * named last, at most {@code window} sentences before {@code s}, whose name ends in {@code head}; null when there
     * is none, since a common noun alone names no entity.
     */
    public Entity recentBody(String head, int s, int window) {
        Entity recent = lastBodyOfKind(Labels.key(head), s - window);
        if (recent != null) {
            clock++;
            sentence = s;
            lastSeen.put(recent, clock);
            lastSentence.put(recent, s);
        }
        return recent;
    }

    /**
     * The organization named last whose name ends in the head word {@code headKey} ("Weavers Union" for "union";
     * "International Committee on Intellectual Cooperation" for "committee"),
     * among those named in sentence {@code fromSentence} or later; null when there is none.
     */
    private Entity lastBodyOfKind(String headKey, int fromSentence) {
        Entity recent = null;
        for (Entity e : all()) {
            if (e.type() == EntityType.ORGANIZATION && Labels.beforeQualifier(Labels.key(e.label())).endsWith(" " + headKey)
                    && lastSentence.getOrDefault(e, -100) >= fromSentence
                    && (recent == null || lastSeen.getOrDefault(e, 0) > lastSeen.getOrDefault(recent, 0))) {
                recent = e;
            }
        }
        return recent;
    }

    /**
     * A person a one-word name names when it cannot be the one it resolved to ("the son of Roe" in Vineeth Roe's
     * biography): a new entity, which later mentions of the name do not reach (they keep going to the known bearer).
     */
    public Entity anotherPerson(String rawLabel) {
        String label = cleanLabel(rawLabel, EntityType.PERSON);
        return otherBearers.computeIfAbsent(label, l -> newEntity(l, EntityType.PERSON));
    }

    /**
     * Resolves a name met in an aside (a parenthesis): the entity is found or made as usual, but the aside
     * does not count as its latest mention, so a bare surname later still goes to the person the story is about.
     */
    public Entity resolveAside(String rawLabel, EntityType type, int s) {
        String label = cleanLabel(rawLabel, type);
        sentence = s;
        Entity e = type == EntityType.PERSON ? resolvePerson(label) : resolveOther(label, type);
        lastSeen.putIfAbsent(e, 0);
        lastSentence.putIfAbsent(e, -100);
        return e;
    }

    private Entity resolvePerson(String label) {
        String k = key(EntityType.PERSON, label);
        Entity known = byKey.get(k);
        if (known != null) {
            return known;
        }
        String[] tokens = label.split("\\s+");
        String last = tokens[tokens.length - 1];
        if (tokens.length == 1) {
            // a surname (or first name) alone: the biography's subject if it bears it, unless another bearer
            // was named just before; else the most recently mentioned bearer
            Entity best = null;
            int bestSeen = -1;
            for (Entity p : persons) {
                if (NameBearers.hasNamePart(p, last) && lastSeen.getOrDefault(p, 0) > bestSeen) {
                    best = p;
                    bestSeen = lastSeen.getOrDefault(p, 0);
                }
            }
            Entity subject = persons.isEmpty() ? null : persons.get(0);
            if (best != null && subject != null && best != subject && NameBearers.hasNamePart(subject, last)
                    && sentence - lastSentence.getOrDefault(best, -100) > RECENT_SENTENCES) {
                return subject;
            }
            if (best != null) {
                return best;
            }
            // "Rasmusen" for "Rasmussen", "Belyakov" for "Beliakov": a spelling variant of one known surname
            Entity variant = NameBearers.onlySpellingVariant(persons, last);
            if (variant != null) {
                alias(variant, label);
                return variant;
            }
            // "Vineeth is the son of ...": the subject's first name alone, when no one else known bears it
            if (subject != null && NameBearers.isFirstNameOnlyOf(persons, subject, last)) {
                return subject;
            }
        } else {
            for (Entity p : persons) {
                // "Ada Roe" after a bare "Roe": the same person, now with a full name
                if (p.label().split("\\s+").length == 1 && p.label().equals(last) && p.aliases().isEmpty()) {
                    byKey.put(k, p);
                    p.setLabel(label);
                    return p;
                }
                // same first and last name ("Ada Roe" / "Ada Mary Roe")
                String[] pt = p.label().split("\\s+");
                if (pt.length > 1 && pt[0].equals(tokens[0]) && pt[pt.length - 1].equals(last)) {
                    alias(p, label);
                    return p;
                }
            }
        }
        Entity e = newEntity(label, EntityType.PERSON);
        persons.add(e);
        byKey.put(k, e);
        return e;
    }

    private Entity resolveOther(String label, EntityType type) {
        String k = key(type, label);
        String nk = norm(type, label);
        // "the Union", "the Committee": the organization of that kind named last
        if (type == EntityType.ORGANIZATION && orgHeads != null && !nk.contains(" ") && orgHeads.isOrgHead(nk)) {
            Entity recent = lastBodyOfKind(nk, Integer.MIN_VALUE);
            if (recent != null) {
                return recent;
            }
        }
        Entity known = byKey.get(k);
        if (known != null) {
            return known;
        }
        // "Labour Party" for "Labour Party of Ruritania", and the other way round
        for (Entity e : all()) {
            if (e.type() != type) {
                continue;
            }
            String ek = norm(type, e.label());
            if (nk.split(" ").length >= 2 && ek.startsWith(nk + " of ")) {
                alias(e, label);
                return e;
            }
            if (ek.split(" ").length >= 2 && nk.startsWith(ek + " of ")) {
                alias(e, label);
                if (type == EntityType.OFFICE) {
                    // "Prime Minister Ann Roe" first, "Prime Minister of Ruritania" later: one post, named in full
                    e.setLabel(label);
                    byKey.putIfAbsent(k, e);
                }
                return e;
            }
            // "Commissar of Finance" for "People's Commissar of Finance": a title named without its leading
            // qualifier; but "General Secretary of X" is not "Secretary of X", nor is a rank ("senior secretary",
            // "deputy minister"): the qualifier makes a title of its own
            if (type == EntityType.OFFICE && nk.split(" ").length >= 3 && (ek.endsWith(" " + nk) && !compoundTitle(ek) && !ranked(ek)
                    || nk.endsWith(" " + ek) && ek.split(" ").length >= 3 && !compoundTitle(nk) && !ranked(nk))) {
                alias(e, label);
                return e;
            }
        }
        Entity e = newEntity(label, type);
        byKey.put(k, e);
        return e;
    }

    /** The label opens with a rank word of the office-modifier list ("senior secretary of X", "deputy minister"). */
    private boolean ranked(String normalisedLabel) {
        return orgHeads != null && orgHeads.isOfficeModifier(normalisedLabel.split(" ")[0]);
    }

    /** The label opens with a title of several words in the office-head list ("general secretary", "prime minister"). */
    private boolean compoundTitle(String normalisedLabel) {
        if (orgHeads == null) {
            return false;
        }
        for (String[] entry : orgHeads.officeHeads()) {
            if (entry.length >= 2 && normalisedLabel.startsWith(String.join(" ", entry) + " ")) {
                return true;
            }
        }
        return false;
    }

    private Entity newEntity(String label, EntityType type) {
        return new Entity("e" + (next++), label, type);
    }

    private String key(EntityType type, String label) {
        return type.name() + "|" + norm(type, label);
    }

    /** The normalised label; an office's word variants ("fleet", "navy") are one word. */
    private String norm(EntityType type, String label) {
        String k = Labels.key(label);
        return type == EntityType.OFFICE && orgHeads != null ? orgHeads.canonicalOfficeWords(k) : k;
    }

    /** A label as it should read: no leading article, no trailing possessive, offices capitalised. */
    static String cleanLabel(String raw, EntityType type) {
        String s = raw.strip().replaceAll("\\s+", " ");
        s = s.replaceAll("\\s*(?:'s|\u2019s|')$", "");
        if (type != EntityType.PUBLICATION) {
            s = Labels.stripArticle(s);
        }
        if (type == EntityType.OFFICE) {
            s = Labels.capitalizeFirst(s);
        }
        return s;
    }
}
