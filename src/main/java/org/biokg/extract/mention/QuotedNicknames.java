package org.biokg.extract.mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;
import org.biokg.nlp.AnnotatedDocument;

import java.util.List;
import java.util.Set;

/**
 * A nickname in quotes inside a person's name: "Johannes "Jan" Roe", "Lydia Ellen "Nell" Holm". NER tags the words
 * around the quotes as two people ("Johannes", "Roe"); they are one, named as the text names them.
 */
final class QuotedNicknames {
    private static final Set<String> OPENING = Set.of("``", "\"", "`", "'", "\u201c", "\u2018");
    private static final Set<String> CLOSING = Set.of("''", "\"", "'", "\u201d", "\u2019");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "du", "da", "di", "del", "la", "le", "ter", "ten");
    /** How many words a nickname may have ("Dynamite Mike"). */
    private static final int MAX_NICKNAME = 3;

    private QuotedNicknames() {
    }

    /**
     * The person named by the words {@code [i, j)} NER tagged PERSON, a nickname in quotes right after them and more
     * words tagged PERSON after it; null when the words after {@code j} are not so.
     */
    static Mention around(AnnotatedDocument doc, int s, List<CoreLabel> toks, int i, int j) {
        int n = toks.size();
        if (j + 3 >= n || !OPENING.contains(toks.get(j).word())) {
            return null;
        }
        int k = j + 1;
        while (k < n && k <= j + MAX_NICKNAME && NamePhrases.isCapitalized(toks.get(k))) {
            k++;
        }
        if (k == j + 1 || k >= n || !CLOSING.contains(toks.get(k).word())) {
            return null;
        }
        // the surname: words NER tagged as a person's, or capitalized proper nouns with their particles ("de Roe")
        int surname = k + 1;
        int end = surname;
        int lastCapitalized = -1;
        while (end < n && ("PERSON".equals(toks.get(end).ner()) || toks.get(end).tag().startsWith("NNP")
                && NamePhrases.isCapitalized(toks.get(end)) || PARTICLES.contains(toks.get(end).word()))) {
            if (NamePhrases.isCapitalized(toks.get(end))) {
                lastCapitalized = end;
            }
            end++;
        }
        end = lastCapitalized + 1;
        if (end <= surname) {
            return null;
        }
        return new Mention(s, i, end, end - 1, EntityType.PERSON, Mention.Kind.NAME, doc.text(s, i, end));
    }
}
