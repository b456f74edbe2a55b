package org.biokg.rdf;

import org.biokg.extract.EntityType;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mints the IRIs of the data model under a base IRI. Entities get readable slugs from their labels
 * ({@code res:Ada_Lovelace}); facts, office terms, evidence and runs get {@code res:<kind>/<hash>} where the
 * hash is taken over their content. Everything is a pure function of the input, so two builds of the same
 * text give the same IRIs.
 */
public final class IriMinter {
    /** Longest slug kept before the hash suffix is considered; keeps IRIs readable. */
    private static final int MAX_SLUG = 80;
    /** Hex digits of SHA-256 kept in hashed IRIs: 64 bits, plenty for one graph. */
    private static final int HASH_LENGTH = 16;
    private static final char SEPARATOR = '\u001f';

    /** Letters NFKD does not decompose into a base letter plus marks. */
    private static final Map<Character, String> SPECIAL_LETTERS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"),
            Map.entry('Œ', "OE"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ł', "l"),
            Map.entry('Ł', "L"), Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ð', "d"),
            Map.entry('Ð', "D"), Map.entry('þ', "th"), Map.entry('Þ', "Th"), Map.entry('ı', "i"));

    private final String base;

    public IriMinter(String base) {
        this.base = Objects.requireNonNull(base);
    }

    public String base() {
        return base;
    }

    /**
     * What identifies an entity in the graph: two entities with the same type, label and scope are one resource
     * (the scope is null for names that identify across documents, else the document: see Entity#scope).
     */
    public record EntityKey(EntityType type, String label, String scope) {
        public EntityKey {
            Objects.requireNonNull(type);
            Objects.requireNonNull(label);
        }

        public EntityKey(EntityType type, String label) {
            this(type, label, null);
        }
    }

    /**
     * A readable ASCII slug for a label: accents dropped (NFKD), apostrophes removed, every other run of
     * characters outside {@code [A-Za-z0-9-]} turned into one underscore, e.g. {@code "José Martí"} ->
     * {@code Jose_Marti}. Empty when the label has no Latin letters or digits.
     */
    public static String slug(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(SPECIAL_LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        s = sb.toString()
                .replaceAll("['’`ʼ]", "")
                .replaceAll("[^A-Za-z0-9-]+", "_")
                .replaceAll("_?-_?", "-")
                .replaceAll("^[_-]+|[_-]+$", "");
        if (s.length() > MAX_SLUG) {
            int cut = s.lastIndexOf('_', MAX_SLUG);
            s = s.substring(0, cut > MAX_SLUG / 2 ? cut : MAX_SLUG).replaceAll("[_-]+$", "");
        }
        return s;
    }

    /**
     * IRIs for a set of entities. Collisions are resolved deterministically and independently of input
     * order: keys are sorted by (slug, type, label); the first of each slug gets the bare slug, the others a
     * type suffix ({@code Georgia_Place}) when their type differs, else a number ({@code John_Smith_2}).
     */
    public Map<EntityKey, String> entityIris(Collection<EntityKey> keys) {
        Map<String, List<EntityKey>> bySlug = new TreeMap<>();
        Comparator<EntityKey> order = Comparator.comparing((EntityKey k) -> k.type().ordinal())
                .thenComparing(EntityKey::label)
                .thenComparing(EntityKey::scope, Comparator.nullsFirst(Comparator.naturalOrder()));
        TreeSet<EntityKey> sorted = new TreeSet<>(order);
        sorted.addAll(keys);
        for (EntityKey key : sorted) {
            bySlug.computeIfAbsent(baseSlug(key), s -> new ArrayList<>()).add(key);
        }
        Set<String> used = new HashSet<>(bySlug.keySet());
        Map<EntityKey, String> local = new HashMap<>();
        for (Map.Entry<String, List<EntityKey>> group : bySlug.entrySet()) {
            String slug = group.getKey();
            List<EntityKey> members = group.getValue();
            EntityKey first = members.get(0);
            local.put(first, slug);
            for (EntityKey key : members.subList(1, members.size())) {
                String candidate = key.type() != first.type() ? slug + "_" + key.type().label() : slug;
                String unique = candidate;
                for (int n = 2; used.contains(unique); n++) {
                    unique = candidate + "_" + n;
                }
                used.add(unique);
                local.put(key, unique);
            }
        }
        Map<EntityKey, String> iris = new LinkedHashMap<>();
        for (EntityKey key : keys) {
            iris.put(key, base + local.get(key));
        }
        return iris;
    }

    private static String baseSlug(EntityKey key) {
        String slug = slug(key.label());
        // A label in a non-Latin script has no slug: fall back to the type and a hash of the label.
        return slug.isEmpty() ? key.type().label() + "_" + hash(key.label()).substring(0, 8) : slug;
    }

    /** {@code res:fact/<hash>} for the reification of one fact triple (and its term dates). */
    public String fact(String... content) {
        return base + "fact/" + hash(content);
    }

    /** {@code res:term/<hash>} for one office term. */
    public String term(String... content) {
        return base + "term/" + hash(content);
    }

    /** {@code res:evidence/<hash>} for one piece of evidence of one statement. */
    public String evidence(String... content) {
        return base + "evidence/" + hash(content);
    }

    /** {@code res:run/<hash>} for an extraction run over the given inputs and settings. */
    public String run(String... content) {
        return base + "run/" + hash(content);
    }

    /** {@code res:merge/<hash>} for a cross-document merge of one document's entity. */
    public String merge(String... content) {
        return base + "merge/" + hash(content);
    }

    /** {@code graph:document/<id>}: the named graph of one document's own evidence. */
    public static String documentGraph(String documentId) {
        return BIOKG.DOCUMENT_GRAPH_BASE + documentSlug(documentId);
    }

    /** {@code res:document/<id>} for a source document. */
    public String document(String documentId) {
        return base + "document/" + documentSlug(documentId);
    }

    /** {@code res:document/<id>/sentence/<index>}. */
    public String sentence(String documentId, int index) {
        return document(documentId) + "/sentence/" + index;
    }

    /** {@code res:document/<id>/infobox/<startOffset>} for evidence read in an infobox field. */
    public String infobox(String documentId, int startOffset) {
        return document(documentId) + "/infobox/" + startOffset;
    }

    /** {@code res:document/<id>/heading/<startOffset>} for a section heading whose years date a fact. */
    public String heading(String documentId, int startOffset) {
        return document(documentId) + "/heading/" + startOffset;
    }

    private static String documentSlug(String documentId) {
        String slug = slug(documentId);
        return slug.isEmpty() ? "doc_" + hash(documentId).substring(0, 8) : slug;
    }

    /** A short stable hash of content parts (SHA-256, hex, first 16 digits). */
    public static String hash(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append(part == null ? "" : part).append(SEPARATOR);
        }
        return Digests.sha256Hex(sb.toString()).substring(0, HASH_LENGTH);
    }
}
