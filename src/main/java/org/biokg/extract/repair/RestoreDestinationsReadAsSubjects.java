package org.biokg.extract.repair;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.biokg.extract.repair.Names.*;

/**
 * "fled Lisbon for neutral Brazil to avoid arrest", "moved to Prague to study law", parsed as a for-to (to-to)
 * clause whose subject is the place: a place after "for" or "to" is where the verb the clause hangs on goes,
 * not a subject.
 */
public final class RestoreDestinationsReadAsSubjects implements Repair {
    @Override
    public String id() {
        return "restore-destinations-read-as-subjects";
    }

    @Override
    public void apply(ParseUnderRepair p) {
        run(p, p.graph(), p.names());
    }

    private static void run(ParseUnderRepair p, SemanticGraph g, List<NamedSpan> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord clause = e.getGovernor();
            IndexedWord place = e.getDependent();
            if (!e.getRelation().toString().equals("nsubj") || !isPlaceName(place, mentions)) {
                continue;
            }
            String preposition = null;
            for (SemanticGraphEdge c : g.outgoingEdgeList(place)) {
                if (c.getRelation().toString().equals("case") && Set.of("for", "to").contains(c.getDependent().word().toLowerCase(Locale.ROOT))) {
                    preposition = c.getDependent().word().toLowerCase(Locale.ROOT);
                }
            }
            for (SemanticGraphEdge c : g.outgoingEdgeList(clause)) {
                // the first of two marks, before the place: "to Prague to study", "for neutral Brazil to avoid"
                if (c.getRelation().toString().equals("mark") && c.getDependent().index() < place.index()
                        && Set.of("for", "to").contains(c.getDependent().word().toLowerCase(Locale.ROOT))) {
                    preposition = c.getDependent().word().toLowerCase(Locale.ROOT);
                }
            }
            if (preposition == null) {
                continue;
            }
            for (SemanticGraphEdge up : new ArrayList<>(g.incomingEdgeList(clause))) {
                if (up.getRelation().toString().startsWith("advcl") && up.getGovernor().index() < place.index()) {
                    p.remove(e);
                    p.add(up.getGovernor(), place, "obl:" + preposition);
                    break;
                }
            }
        }
    }
}
