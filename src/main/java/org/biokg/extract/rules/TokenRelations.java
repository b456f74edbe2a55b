package org.biokg.extract.rules;

import org.biokg.extract.Mention;
import org.biokg.extract.Relation;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.extract.repair.MatchedRepairs;
import org.biokg.extract.repair.RepairLog;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.ResourceLines;

import java.util.ArrayList;
import java.util.List;

/**
 * Relations read from the tokens where the parser hangs a long noun phrase anywhere ("she started a bi-weekly paper
 * aimed at workers called the Voice", "the fifth child of a wealthy but illiterate farmer, Bob Roe (1847–1922) and
 * Ann Roe"). The patterns ({@code rules/token-relations.tokensregex}) find an anchor word and the names; one
 * argument is the anchor's subject in the dependency graph, the other each name.
 */
public final class TokenRelations {
    /**
     * A relation read: the rule, its relation, the anchor token, the anchor's subject, the names' token ranges, and
     * the repairs behind the edge the anchor's subject was read over (see MatchedRepairs.ofReading).
     */
    public record Match(String rule, Relation relation, boolean anchorIsSubject, int anchor, Mention anchorSubject, List<int[]> names,
                        List<String> repairs) {
    }

    private record TokenRule(String name, Relation relation, boolean anchorIsSubject, TokenSequencePattern pattern) {
    }

    private final List<TokenRule> rules = new ArrayList<>();
    private final ClauseFilter filter;

    TokenRelations(String resource, ClauseFilter filter) {
        this.filter = filter;
        for (String line : ResourceLines.read(resource)) {
            String[] f = line.split("\t", 4);
            if (f.length != 4) {
                throw new IllegalStateException(resource + ": expected name, relation, subject|object and a pattern: " + line);
            }
            Relation relation = Relation.byId(f[1].strip())
                    .orElseThrow(() -> new IllegalStateException(resource + ": unknown relation " + f[1]));
            rules.add(new TokenRule(relation.id() + "/" + f[0].strip(), relation, f[2].strip().equals("subject"),
                    TokenSequencePattern.compile(f[3].strip())));
        }
    }

    public static TokenRelations defaults(ClauseFilter filter) {
        return new TokenRelations("org/biokg/extract/rules/token-relations.tokensregex", filter);
    }

    public List<Match> find(AnnotatedDocument doc, int s, List<Mention> mentions) {
        List<CoreLabel> toks = doc.tokens(s);
        SemanticGraph g = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Match> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (TokenRule r : rules) {
            TokenSequenceMatcher m = r.pattern().getMatcher(toks);
            while (m.find()) {
                int anchor = m.start("$anchor");
                IndexedWord a = g.getNodeByIndexSafe(anchor + 1);
                Mention subject = a == null || !filter.isFactual(g, a) ? null : subjectOf(g, a, mentions);
                if (subject == null) {
                    continue;
                }
                List<int[]> names = new ArrayList<>();
                for (String group : List.of("$name", "$name2")) {
                    if (m.groupNodes(group) != null) {
                        int begin = m.start(group);
                        names.add(new int[]{begin, nameEnd(toks, begin)});
                    }
                }
                List<String> repairs = MatchedRepairs.ofReading(g, RepairLog.of(doc.sentence(s)), without -> subjectOf(without, a, mentions));
                out.add(new Match(r.name(), r.relation(), r.anchorIsSubject(), anchor, subject, names, repairs));
            }
        }
        return out;
    }

    /** The end of the run of proper nouns or person-name tokens that starts at {@code begin}. */
    private static int nameEnd(List<CoreLabel> toks, int begin) {
        int end = begin + 1;
        while (end < toks.size() && (toks.get(end).tag().startsWith("NNP") || "PERSON".equals(toks.get(end).ner()))) {
            end++;
        }
        return end;
    }

    /**
     * The mention heading the anchor's subject (its own, or a governing verb's for "to start"); of several ("Her
     * friend Ann Roe", where the parser makes both nouns subjects), the first that names someone.
     */
    private static Mention subjectOf(SemanticGraph g, IndexedWord anchor, List<Mention> mentions) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(anchor)) {
            String rel = e.getRelation().toString();
            Mention m = rel.equals("nsubj") || rel.equals("nsubj:xsubj")
                    ? Mention.at(mentions, e.getDependent().index() - 1, false) : null;
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
