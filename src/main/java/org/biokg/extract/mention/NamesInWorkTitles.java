package org.biokg.extract.mention;

import edu.stanford.nlp.ling.CoreLabel;
import org.biokg.extract.EntityType;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Holding;
import org.biokg.extract.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's name or a title inside an italicised work title ("the 1933 film _King Kong_", "the novel _Lord Jim_",
 * written between underscores by the text conversion) names no one: the work's title does not say that Kong was a
 * king or that a Jim lived. Such mentions are dropped before any rule reads them; bodies and places inside italics
 * stay (a newspaper or a bloc is often italicised: "_Pravda_ reported", "the _Progressive Bloc_").
 */
public final class NamesInWorkTitles implements ExtractionStep {
    private static final String ITALIC = "_";

    @Override
    public String id() {
        return "names-in-work-titles";
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
        for (int s = 0; s < state.sentenceCount(); s++) {
            boolean[] italic = italics(state.doc().tokens(s));
            List<Mention> kept = new ArrayList<>();
            for (Mention m : state.mentions().get(s)) {
                if (!(namesSomeone(m) && inside(italic, m))) {
                    kept.add(m);
                }
            }
            state.mentions().set(s, kept);
        }
    }

    private static boolean namesSomeone(Mention m) {
        return m.type() == EntityType.PERSON || m.type() == EntityType.OFFICE;
    }

    /** The tokens between an opening and a closing underscore of the sentence. */
    private static boolean[] italics(List<CoreLabel> toks) {
        boolean[] italic = new boolean[toks.size()];
        int open = -1;
        for (int k = 0; k < toks.size(); k++) {
            if (!toks.get(k).word().equals(ITALIC)) {
                continue;
            }
            if (open < 0) {
                open = k;
            } else {
                for (int i = open + 1; i < k; i++) {
                    italic[i] = true;
                }
                open = -1;
            }
        }
        return italic;
    }

    private static boolean inside(boolean[] italic, Mention m) {
        for (int k = m.begin(); k < m.end(); k++) {
            if (k >= italic.length || !italic[k]) {
                return false;
            }
        }
        return true;
    }
}
