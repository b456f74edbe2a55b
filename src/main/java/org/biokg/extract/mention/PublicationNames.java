package org.biokg.extract.mention;

import org.biokg.extract.ExtractionState;
import org.biokg.extract.Holding;
import org.biokg.extract.ExtractionStep;

import org.biokg.extract.EntityType;
import org.biokg.extract.Lexicon;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Document-level repair of NER for publications: a name the text introduces with a publication noun ("the
 * London-based newspaper Vanguard", "Vanguard, a weekly", {@code publication-cues.txt}) is a publication
 * wherever the text names it, though NER took it for an organization or a place. Person names are left alone
 * ("the paper Roe founded" says nothing about Roe) except a one-word one the text itself calls a publication in
 * apposition ("Vanguard, a weekly newspaper").
 */
public final class PublicationNames implements ExtractionStep {
    private final Lexicon lexicon;

    public PublicationNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return "publication-names";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public void apply(ExtractionState state) {
        repair(state.doc(), state.mentions());
    }

    /**
     * Retypes, in place, every organization or place name mention whose text the document calls a publication, and
     * names the publication where NER left its name untagged ("sided with the Vanguard position").
     */
    void repair(AnnotatedDocument doc, List<List<Mention>> mentions) {
        Set<List<String>> publications = new HashSet<>();
        for (int s = 0; s < mentions.size(); s++) {
            List<CoreLabel> toks = doc.tokens(s);
            for (Mention m : mentions.get(s)) {
                if (retypable(m) && cueBefore(toks, m) || (retypable(m) || oneWordPerson(m)) && cueInApposition(toks, m)) {
                    publications.add(words(toks, m.begin(), m.end()));
                }
            }
        }
        if (publications.isEmpty()) {
            return;
        }
        for (int s = 0; s < mentions.size(); s++) {
            List<CoreLabel> toks = doc.tokens(s);
            List<Mention> fixed = new ArrayList<>(mentions.get(s).size());
            boolean[] covered = new boolean[toks.size()];
            for (Mention m : mentions.get(s)) {
                boolean named = m.kind() == Mention.Kind.NAME && publications.contains(words(toks, m.begin(), m.end()));
                fixed.add(named && (retypable(m) || oneWordPerson(m))
                        ? new Mention(m.sentence(), m.begin(), m.end(), m.head(), EntityType.PUBLICATION, m.kind(), m.text())
                        : m);
                for (int k = m.begin(); k < m.end(); k++) {
                    covered[k] = true;
                }
            }
            for (List<String> name : publications) {
                for (int b = 0; b + name.size() <= toks.size(); b++) {
                    int e = b + name.size();
                    if (words(toks, b, e).equals(name) && free(covered, b, e) && toks.get(b).tag().startsWith("NNP")) {
                        fixed.add(new Mention(s, b, e, e - 1, EntityType.PUBLICATION, Mention.Kind.NAME, doc.text(s, b, e)));
                        for (int k = b; k < e; k++) {
                            covered[k] = true;
                        }
                    }
                }
            }
            fixed.sort(Mention.IN_TEXT_ORDER);
            mentions.set(s, fixed);
        }
    }

    private static List<String> words(List<CoreLabel> toks, int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            out.add(toks.get(k).word());
        }
        return out;
    }

    private static boolean free(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    /** "Vanguard, a weekly": NER often takes a one-word title for a person; the apposition says what it is. */
    private static boolean oneWordPerson(Mention m) {
        return m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && m.length() == 1;
    }

    private static boolean retypable(Mention m) {
        return m.kind() == Mention.Kind.NAME && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PLACE);
    }

    /** "the newspaper Vanguard": a publication noun right before the name. */
    private boolean cueBefore(List<CoreLabel> toks, Mention m) {
        return m.begin() > 0 && cue(toks.get(m.begin() - 1));
    }

    /** "Vanguard, a weekly (newspaper)": the name, a comma, an article, perhaps adjectives, a publication noun. */
    private boolean cueInApposition(List<CoreLabel> toks, Mention m) {
        int k = m.end();
        if (k + 2 >= toks.size() || !toks.get(k).word().equals(",")
                || !Set.of("a", "an", "the").contains(toks.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        k += 2;
        while (k < toks.size() && (toks.get(k).tag().startsWith("JJ") || toks.get(k).tag().equals("HYPH")
                || toks.get(k).tag().equals("NN") && !cue(toks.get(k)) && k + 1 < toks.size() && cue(toks.get(k + 1)))) {
            k++;
        }
        return k < toks.size() && cue(toks.get(k));
    }

    private boolean cue(CoreLabel t) {
        return t.tag().startsWith("NN") && !t.tag().startsWith("NNP") && lexicon.isPublicationCue(t.word());
    }
}
