package org.biokg.link;

import org.biokg.extract.Entity;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionResult;
import org.biokg.text.Labels;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names an entity proposes titles by, each with how much it says about the entity: its label, its aliases
 * (a shorter one says less: a surname alone names the family's most famous member) and, for a biography's
 * subject, the name the document is saved under. A bare role word proposes nothing.
 */
final class EntityNames {
    /** The weight of an alias shorter than the label: a surname alone names the family's most famous member. */
    private static final double SHORT_ALIAS = 0.85;

    private EntityNames() {
    }

    /** One name of an entity and how much it says about the entity (1 for the label). */
    record Name(String text, double weight) {
    }

    /** The names of an entity of the result, the label first; each name also without its article, each once ({@link SurfaceKey}). */
    static List<Name> names(Entity e, ExtractionResult r) {
        List<Name> out = new ArrayList<>();
        if (e.type() == EntityType.OFFICE && e.label().strip().split("\\s+").length < 2) {
            // A bare role word (Secretary, Minister) names a kind of office, not an office with a page.
            return out;
        }
        Set<String> seen = new HashSet<>();
        int labelWords = words(e.label());
        addName(out, seen, e.label(), 1.0);
        for (String a : e.aliases()) {
            addName(out, seen, a, words(a) >= labelWords ? 1.0 : SHORT_ALIAS);
        }
        if (e.equals(r.subject()) && r.documentId() != null) {
            // A biography is often saved under its subject's name: "ada-lovelace.txt".
            String docName = r.documentId().replaceAll("[-_.\\s]+", " ").strip();
            if (sharesAWord(docName, e)) {
                addName(out, seen, docName, 1.0);
            }
        }
        return out;
    }

    private static void addName(List<Name> out, Set<String> seen, String name, double weight) {
        for (String n : new String[]{name, Labels.stripArticle(name)}) {
            String clean = Normalizer.normalize(n, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty() && seen.add(SurfaceKey.of(clean))) {
                out.add(new Name(clean, weight));
            }
        }
    }

    private static boolean sharesAWord(String name, Entity e) {
        Set<String> w = new HashSet<>(NameMatch.words(e.label()));
        e.aliases().forEach(a -> w.addAll(NameMatch.words(a)));
        return NameMatch.words(name).stream().anyMatch(w::contains);
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    static List<String> namesOf(Entity e) {
        List<String> all = new ArrayList<>();
        all.add(e.label());
        all.addAll(e.aliases());
        return all;
    }
}
