package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.text.WordList;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One entity of one document as the cross-document step sees it: its names (label first, then aliases), its
 * type, whether it is the document's subject, the birth and death years the document gives it, and for a post the
 * people the document says held it (their names' words: "ada roe"; full names only, as "Roe" may be anyone). Plain
 * data, so that a distributed job can ship and join it.
 */
public record EntityProfile(String documentId, String entityId, EntityType type, String label,
                            List<String> names, boolean documentSubject, String born, String died,
                            List<String> holders)
        implements Serializable {
    private static final WordList TITLES = WordList.fromResource("org/biokg/link/person-titles.txt");

    public EntityProfile {
        names = List.copyOf(names);
        holders = List.copyOf(holders);
    }

    /** A profile of something no one is said to hold. */
    public EntityProfile(String documentId, String entityId, EntityType type, String label, List<String> names,
                         boolean documentSubject, String born, String died) {
        this(documentId, entityId, type, label, names, documentSubject, born, died, List.of());
    }

    /** Profiles of every entity of {@code r} that a fact uses, the subject included. */
    public static List<EntityProfile> of(ExtractionResult r) {
        Map<String, Entity> used = new LinkedHashMap<>();
        used.put(r.subject().id(), r.subject());
        Map<String, String> born = new LinkedHashMap<>();
        Map<String, String> died = new LinkedHashMap<>();
        Map<String, Set<String>> holders = new LinkedHashMap<>();
        for (Fact f : r.facts()) {
            for (Entity e : new Entity[]{f.subject(), f.object(), f.body()}) {
                if (e != null) {
                    used.putIfAbsent(e.id(), e);
                }
            }
            if (f.relation() == Relation.BIRTH_DATE && f.date() != null) {
                born.putIfAbsent(f.subject().id(), String.valueOf(f.date().year()));
            } else if (f.relation() == Relation.DEATH_DATE && f.date() != null) {
                died.putIfAbsent(f.subject().id(), String.valueOf(f.date().year()));
            } else if (f.relation() == Relation.HELD_OFFICE && f.object() != null && KindLabels.identifying(f.subject().label(), EntityType.PERSON)) {
                holders.computeIfAbsent(f.object().id(), k -> new LinkedHashSet<>()).add(f.subject().label());
            }
        }
        List<EntityProfile> out = new ArrayList<>();
        for (Entity e : used.values()) {
            Set<String> names = new LinkedHashSet<>();
            names.add(e.label());
            names.addAll(e.aliases());
            out.add(new EntityProfile(r.documentId(), e.id(), e.type(), e.label(), new ArrayList<>(names),
                    e.equals(r.subject()), born.get(e.id()), died.get(e.id()),
                    new ArrayList<>(holders.getOrDefault(e.id(), Set.of()))));
        }
        return out;
    }

    /**
     * The keys under which candidates are looked up: for a person the last word of the label (the surname:
     * "Roe" for "Ada Roe"), for anything else the whole label, normalised. A label naming a kind ("Communist
     * Party") is also looked up under the fuller names its document gives it ("Communist Party of Ruritania"), and a
     * post under the people who held it ("Tsar" and "Ruritanian Tsar" held by one "Ivan Roe"). Two profiles can only
     * be merged when they share a key, so a distributed job needs to compare only the profiles of one key.
     */
    public List<String> blockingKeys() {
        // The label only, as the decision compares labels only (see CrossDocumentEntities).
        List<String> words = words(label, type);
        if (words.isEmpty()) {
            return List.of();
        }
        if (type == EntityType.PERSON) {
            return List.of(type.label() + ":" + words.get(words.size() - 1));
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(type.label() + ":" + String.join(" ", words));
        if (KindLabels.kind(label, type)) {
            for (String n : names) {
                if (KindLabels.identifying(n, type)) {
                    keys.add(type.label() + ":" + String.join(" ", words(n, type)));
                }
            }
        }
        for (String h : holders) {
            keys.add(type.label() + " held by:" + String.join(" ", words(h, EntityType.PERSON)));
        }
        return new ArrayList<>(keys);
    }

    /**
     * The words of a name, lower case, without accents or punctuation; for a person without the titles that
     * stand before a name ("General Ada Roe" → ada, roe).
     */
    static List<String> words(String name, EntityType type) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        if (type == EntityType.PERSON) {
            while (words.size() > 1 && TITLES.contains(words.get(0))) {
                words.remove(0);
            }
        }
        return words;
    }
}
