package org.biokg.link;

import org.biokg.extract.EntityType;
import org.biokg.text.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Labels that name a kind of body or post rather than one ("Communist Party", "Prime Minister", "Tsar"): across
 * documents such a label identifies nothing by itself (a German or a Soviet party, the prime minister of Norway or
 * of India), so its resource stays in its document unless something else ties two of them.
 */
final class KindLabels {
    private static final WordList GENERIC = WordList.fromResource("org/biokg/link/generic-name-words.txt");
    /** Words that join a name's parts ("President of the Republic") and say nothing of the kind. */
    private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "in", "to", "a", "s");

    private KindLabels() {
    }

    /**
     * Whether the label names one thing wherever it is written: not a person's single name ("Mary") nor a
     * body's or post's kind ("Communist Party", "Prime Minister"); places always do.
     */
    static boolean identifying(String label, EntityType type) {
        List<String> words = EntityProfile.words(label, type);
        return switch (type) {
            case PERSON -> words.size() >= 2;
            case ORGANIZATION, OFFICE, EVENT -> !GENERIC.entries().containsAll(words);
            default -> true;
        };
    }

    /** Whether the label of a body, post or event names only its kind ("Prime Minister"); never a person's name. */
    static boolean kind(String label, EntityType type) {
        return type != EntityType.PERSON && !identifying(label, type);
    }

    /** The words of a label that name the kind, joining words left out: "President of the Republic" → president, republic. */
    static List<String> kindWords(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (GENERIC.contains(w) && !JOINING.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether {@code label} is {@code kind} said of one body or country: the same kind words, in the same order,
     * and at least one word of its own ("Afghan President", "President of Ruritania" for "President"; not "Vice
     * President", whose extra word is a kind word too, nor "President of the Senate").
     */
    static boolean qualifies(List<String> kind, List<String> label) {
        return kindWords(label).equals(kindWords(kind)) && label.stream().anyMatch(w -> !GENERIC.contains(w));
    }
}
