package org.biokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.InfoboxField;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the person a biography is about: the infobox's name field if there is one, else the first person
 * named in the lead sentence. Other person names in the lead sentence before its main verb ("born X",
 * "also transliterated Y") are the subject's aliases.
 */
public final class SubjectFinder {
    private static final Set<String> NAME_KEYS = Set.of("name", "birth_name", "full_name");

    /** The subject's label, its aliases, and its gender ('m', 'f' or '?'), from pronoun counts. */
    public record Subject(String label, List<String> aliases, char gender) {
    }

    public Subject find(AnnotatedDocument doc, List<List<Mention>> mentions) {
        String label = null;
        List<String> aliases = new ArrayList<>();
        for (InfoboxField f : doc.clean().infobox()) {
            if (NAME_KEYS.contains(f.normalizedKey()) && !f.value().isBlank()) {
                if (label == null) {
                    label = f.value();
                } else {
                    aliases.add(f.value());
                }
            }
        }
        if (!mentions.isEmpty()) {
            int rootIndex = rootIndex(doc);
            for (Mention m : mentions.get(0)) {
                if (m.type() != EntityType.PERSON || m.kind() != Mention.Kind.NAME) {
                    continue;
                }
                if (label == null) {
                    label = m.text();
                } else if (m.begin() < rootIndex && !m.text().equals(label)) {
                    aliases.add(m.text());
                }
            }
        }
        if (label == null) {
            label = fromDocumentId(doc.clean().source().id());
        }
        return new Subject(label, aliases, gender(doc));
    }

    /**
     * The first finite verb of the lead sentence outside parentheses ("... born Ann Roe, was a writer"):
     * names before it are the subject's own names.
     */
    private static int rootIndex(AnnotatedDocument doc) {
        List<CoreLabel> toks = doc.tokens(0);
        int[] depth = ParenthesisDepth.of(toks);
        for (int i = 0; i < toks.size(); i++) {
            if (depth[i] == 0 && toks.get(i).tag().matches("VBD|VBZ|VBP|MD")) {
                return i;
            }
        }
        return toks.size();
    }

    /** "ada-lovelace" -> "Ada Lovelace". */
    private static String fromDocumentId(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[-_\\s]+")) {
            if (!part.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /** The subject's gender from the pronouns the text uses most. */
    private static char gender(AnnotatedDocument doc) {
        int he = 0;
        int she = 0;
        for (int s = 0; s < doc.sentences().size(); s++) {
            for (CoreLabel t : doc.tokens(s)) {
                switch (t.word().toLowerCase(Locale.ROOT)) {
                    case "he", "him", "his", "himself" -> he++;
                    case "she", "her", "hers", "herself" -> she++;
                    default -> {
                    }
                }
            }
        }
        if (he == 0 && she == 0) {
            return '?';
        }
        return he >= she ? 'm' : 'f';
    }
}
