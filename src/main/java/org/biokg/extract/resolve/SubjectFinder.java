package org.biokg.extract.resolve;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.EntityRegistry;
import org.biokg.extract.Lexicon;

import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;
import org.biokg.extract.ParenthesisDepth;
import org.biokg.extract.SubjectName;

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
public final class SubjectFinder implements ExtractionStep {
    private static final Set<String> NAME_KEYS = Set.of("name", "birth_name", "full_name");
    /** How often a word must name the subject alone before it counts as the name the text calls her by. */
    private static final int MIN_SHORT_NAME_USES = 3;

    /** For the registry it starts, which resolves bare head words ("the Union") with the lexicon. */
    private final Lexicon lexicon;

    public SubjectFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "find-subject";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.SUBJECT);
    }

    @Override
    public void apply(ExtractionState state) {
        SubjectName name = find(state.doc(), state.mentions());
        EntityRegistry registry = new EntityRegistry(lexicon);
        state.setSubject(name, registry, registry.subject(name.label(), name.aliases()));
    }

    public SubjectName find(AnnotatedDocument doc, List<List<Mention>> mentions) {
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
        String shortName = shortName(label, mentions);
        if (shortName != null && !aliases.contains(shortName)) {
            aliases.add(shortName);
        }
        return new SubjectName(label, aliases, gender(doc));
    }

    /**
     * The word of the subject's name, other than the last, that the text uses alone to name the subject, when it
     * does so more often than with the last: "Ferrer" of Francisco Ferrer Guardia, whose first surname is the one
     * used alone. A middle name the text gives once to a brother ("a brother, Willem") is not it. Null if none.
     */
    private static String shortName(String label, List<List<Mention>> mentions) {
        String[] words = label.split("\\s+");
        if (words.length < 3) {
            return null;
        }
        java.util.Map<String, Integer> alone = new java.util.HashMap<>();
        for (List<Mention> sentence : mentions) {
            for (Mention m : sentence) {
                if (m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME && !m.text().contains(" ")) {
                    alone.merge(m.text(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int most = Math.max(MIN_SHORT_NAME_USES - 1, alone.getOrDefault(words[words.length - 1], 0));
        for (int i = 1; i < words.length - 1; i++) {
            int uses = alone.getOrDefault(words[i], 0);
            if (uses > most) {
                best = words[i];
                most = uses;
            }
        }
        return best;
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
