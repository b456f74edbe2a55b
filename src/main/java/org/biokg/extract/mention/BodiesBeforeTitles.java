package org.biokg.extract.mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.Lexicon;

import java.util.List;

import static org.biokg.extract.mention.NamePhrases.isCapitalized;

/**
 * A body named before a title is the body the title is of: "Green Party chairman", "the Harbour Guild chief", "the
 * Farmers' League leader", an organization's acronym ("the UNESCO chief").
 */
final class BodiesBeforeTitles {
    private final Lexicon lexicon;

    BodiesBeforeTitles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Where the body before the title at {@code head} begins, or -1: {@code start} (the title's first word, where
     * the capitalized words before a lower-case head were taken in) when those words name a body.
     */
    int start(List<CoreLabel> toks, int start, int head) {
        if (head == 0 || isCapitalized(toks.get(head))) {
            return -1;
        }
        CoreLabel last = toks.get(head - 1);
        // "Green Party chairman" (a name of two words or more: "Soviet ambassador" is an adjective's), "NKVD chief";
        // a body's head word alone ("party leader", "Party Secretary") is left bare: tried, measured worse
        boolean name = start < head - 1 && lexicon.isOrgHead(last.word()) && isCapitalized(toks.get(start));
        boolean acronym = start == head - 1 && last.word().matches("\\p{Lu}{2,}") && "ORGANIZATION".equals(last.ner());
        return name || acronym ? start : -1;
    }
}
