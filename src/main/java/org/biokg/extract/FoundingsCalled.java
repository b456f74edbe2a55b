package org.biokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.ResourceLines;

import java.util.ArrayList;
import java.util.List;

/**
 * "She started a bi-weekly paper aimed at workers called the Voice": a founding whose object is named at the end of a
 * long noun phrase, which the parser hangs anywhere. The patterns ({@code rules/founded-called.tokensregex}) find
 * the verb and the name in the tokens; the founder is the verb's subject in the dependency graph.
 */
final class FoundingsCalled {
    /** A founding read: the rule, the founding verb's token, the founder's mention and the name's first token. */
    record Founding(String rule, int verb, Mention founder, int nameBegin, int nameEnd) {
    }

    private record NamedPattern(String name, TokenSequencePattern pattern) {
    }

    private final List<NamedPattern> patterns = new ArrayList<>();
    private final ClauseFilter filter;

    FoundingsCalled(String resource, ClauseFilter filter) {
        this.filter = filter;
        for (String line : ResourceLines.read(resource)) {
            int tab = line.indexOf('\t');
            patterns.add(new NamedPattern(line.substring(0, tab).strip(), TokenSequencePattern.compile(line.substring(tab + 1).strip())));
        }
    }

    static FoundingsCalled defaults(ClauseFilter filter) {
        return new FoundingsCalled("org/biokg/extract/rules/founded-called.tokensregex", filter);
    }

    List<Founding> find(AnnotatedDocument doc, int s, List<Mention> mentions) {
        List<CoreLabel> toks = doc.tokens(s);
        SemanticGraph g = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Founding> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        for (NamedPattern p : patterns) {
            TokenSequenceMatcher m = p.pattern().getMatcher(toks);
            while (m.find()) {
                int verb = m.start("$verb");
                IndexedWord v = g.getNodeByIndexSafe(verb + 1);
                if (v == null || !filter.isFactual(g, v)) {
                    continue;
                }
                Mention founder = subjectOf(g, v, mentions);
                int begin = m.start("$name");
                int end = begin;
                while (end < toks.size() && toks.get(end).tag().startsWith("NNP")) {
                    end++;
                }
                if (founder != null) {
                    out.add(new Founding("founded/" + p.name(), verb, founder, begin, end));
                }
            }
        }
        return out;
    }

    /** The mention heading the verb's subject (its own, or a governing verb's for "to start"). */
    private static Mention subjectOf(SemanticGraph g, IndexedWord verb, List<Mention> mentions) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                return RelationFinder.mentionAt(mentions, e.getDependent().index() - 1, false);
            }
        }
        return null;
    }
}
