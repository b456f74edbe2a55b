package org.biokg.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;

/** How deep inside parentheses each token of a sentence sits (asides, life dates, alternative names). */
public final class ParenthesisDepth {
    private ParenthesisDepth() {
    }

    /** For each token, the number of parentheses open before it (an unmatched closing one is ignored). */
    public static int[] of(List<CoreLabel> tokens) {
        int[] depth = new int[tokens.size()];
        int d = 0;
        for (int k = 0; k < tokens.size(); k++) {
            depth[k] = d;
            String w = tokens.get(k).word();
            if (w.equals("(") || w.equals("-LRB-")) {
                d++;
            } else if ((w.equals(")") || w.equals("-RRB-")) && d > 0) {
                d--;
            }
        }
        return depth;
    }
}
