package org.biokg.extract.rules;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.biokg.extract.ExtractionState;
import org.biokg.extract.ExtractionStep;
import org.biokg.extract.Holding;
import org.biokg.extract.Mention;
import org.biokg.extract.repair.NamedSpan;
import org.biokg.extract.repair.ParseRepairs;
import org.biokg.extract.repair.RepairLog;
import org.biokg.nlp.AnnotatedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parse repairs ({@link ParseRepairs}) on every sentence before any pronoun is resolved: pronoun resolution then
 * reads the same mended parse as the rules, not the parser's raw one (a subject or an apposition a repair restores is
 * there for the resolver's sentence topics and plural antecedents too). The repairs run here only: each sentence
 * keeps its {@link RepairLog}, which the rules read to name the repairs behind their facts.
 */
public final class ParseRepairStep implements ExtractionStep {
    private final ParseRepairs repairs;

    public ParseRepairStep() {
        this(ParseRepairs.defaults());
    }

    public ParseRepairStep(ParseRepairs repairs) {
        this.repairs = repairs;
    }

    @Override
    public String id() {
        return "repair-parses";
    }

    @Override
    public Set<Holding> needs() {
        return Set.of(Holding.MENTIONS);
    }

    @Override
    public Set<Holding> provides() {
        return Set.of(Holding.REPAIRED_PARSES);
    }

    @Override
    public void apply(ExtractionState state) {
        for (int s = 0; s < state.sentenceCount(); s++) {
            repair(state.doc(), s, state.mentions().get(s));
        }
    }

    /**
     * Repairs sentence {@code s}'s graph in place and keeps the log on the sentence; what {@link #apply} does for
     * each sentence, open to a caller that reads one sentence alone (a test of one rule on one made-up sentence).
     * A sentence repaired already is left as it is, so the repairs run once.
     */
    public void repair(AnnotatedDocument doc, int s, List<Mention> mentions) {
        CoreMap sentence = doc.sentence(s);
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null || g.isEmpty() || RepairLog.of(sentence) != null) {
            return;
        }
        sentence.set(RepairLog.Key.class, repairs.run(g, namedSpans(mentions), new RepairLog()));
    }

    /** The repairs' view of the mentions: where each is, what it names, whether it is a name. */
    static List<NamedSpan> namedSpans(List<Mention> mentions) {
        List<NamedSpan> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            NamedSpan.Type type = switch (m.type()) {
                case PERSON -> NamedSpan.Type.PERSON;
                case ORGANIZATION -> NamedSpan.Type.ORGANIZATION;
                case PUBLICATION -> NamedSpan.Type.PUBLICATION;
                case PLACE -> NamedSpan.Type.PLACE;
                default -> NamedSpan.Type.OTHER;
            };
            out.add(new NamedSpan(m.begin(), m.end(), m.head(), type,
                    m.kind() == Mention.Kind.NAME ? NamedSpan.Kind.NAME : NamedSpan.Kind.OTHER));
        }
        return out;
    }
}
