package org.biokg.eval.redocred;

import java.util.List;

/**
 * A labelled relation: {@code property(head, tail)}.
 *
 * @param head     index of the head entity in the document's entity list
 * @param tail     index of the tail entity
 * @param property Wikidata property id, e.g. {@code P26}
 * @param evidence indexes of the sentences that support it
 */
public record Label(int head, int tail, String property, List<Integer> evidence) {
    public Label {
        evidence = List.copyOf(evidence);
    }
}
