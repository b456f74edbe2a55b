package org.biokg.extract.rules;

import org.biokg.extract.Lexicon;

import org.biokg.extract.DateMention;
import org.biokg.extract.EntityType;
import org.biokg.extract.Mention;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import org.biokg.extract.repair.MatchedRepairs;
import org.biokg.extract.repair.RepairLog;
import org.biokg.nlp.AnnotatedDocument;
import org.biokg.text.WordList;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the Semgrex rules over one sentence's enhanced++ dependency graph and turns each match into a
 * {@link Candidate}: the matched {@code subj}/{@code obj} nodes become the mentions they head, of the
 * types the rule accepts; non-factual clauses are dropped. It reads the parse the "repair-parses" step
 * ({@link ParseRepairStep}) mended, and each candidate names the repairs behind the edges its match used, from the
 * log that step kept on the sentence.
 */
public final class RelationFinder {
    private final List<Rule> rules;
    private final ClauseFilter filter;
    private final WordList stanceNouns;
    private final Lexicon lexicon;

    public RelationFinder(List<Rule> rules, ClauseFilter filter) {
        this(rules, filter, Lexicon.defaults());
    }

    public RelationFinder(List<Rule> rules, ClauseFilter filter, Lexicon lexicon) {
        this(rules, filter, WordList.fromResource("org/biokg/extract/stance-nouns.txt"), lexicon);
    }

    public RelationFinder(List<Rule> rules, ClauseFilter filter, WordList stanceNouns, Lexicon lexicon) {
        this.rules = rules;
        this.filter = filter;
        this.stanceNouns = stanceNouns;
        this.lexicon = lexicon;
    }

    /** The filter for negated, hypothetical and non-factual clauses these rules run under. */
    public ClauseFilter filter() {
        return filter;
    }

    public List<Candidate> find(AnnotatedDocument doc, int s, List<Mention> mentions, List<DateMention> dates) {
        // s is also the sentence index the unknown-name mentions carry
        SemanticGraph g = doc.sentence(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        List<Candidate> out = new ArrayList<>();
        if (g == null || g.isEmpty()) {
            return out;
        }
        RepairLog log = RepairLog.of(doc.sentence(s));
        if (log == null) {
            // the repairs run once, in the repair-parses step; a caller reading one sentence alone runs
            // ParseRepairStep.repair on it first
            throw new IllegalStateException("sentence " + s + " of " + doc.clean().source().id()
                    + " read before its parse was repaired (repair-parses)");
        }
        for (Rule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(g);
            while (m.find()) {
                IndexedWord subjNode = m.getNode("subj");
                IndexedWord objNode = m.getNode("obj");
                IndexedWord trigger = m.getNode("trigger");
                if (rule.swap()) {
                    IndexedWord t = subjNode;
                    subjNode = objNode;
                    objNode = t;
                }
                if (subjNode == null && rule.subjectFrom() == Rule.SubjectSource.NODE) {
                    continue;
                }
                if (trigger != null && !filter.isFactual(g, trigger)) {
                    continue;
                }
                Mention subj = null;
                if (subjNode != null) {
                    subj = argument(g, subjNode, mentions, rule.subject().contains(EntityType.OFFICE), rule.subject(), s);
                    subj = subj != null ? typed(subj, rule.subject()) : unknownName(g, subjNode, rule.subject(), s);
                    if (subj == null) {
                        continue;
                    }
                }
                int trig = trigger != null ? trigger.index() - 1 : (objNode != null ? objNode.index() - 1 : subjNode.index() - 1);
                if (rule.relation().dateValued()) {
                    DateMention d = objNode != null ? dateAt(dates, objNode.index() - 1) : null;
                    if (d != null) {
                        out.add(new Candidate(rule, subj, null, d, trig, MatchedRepairs.of(rule.pattern(), m, g, log)));
                    }
                    continue;
                }
                if (objNode == null) {
                    continue;
                }
                Mention found = argument(g, objNode, mentions, rule.object().contains(EntityType.OFFICE), rule.object(), s);
                Mention obj = found != null ? typed(found, rule.object()) : unknownName(g, objNode, rule.object(), s);
                if (obj != null && obj.kind() == Mention.Kind.COERCED && PersonNouns.besideOne(g, objNode)) {
                    continue; // "Roe left two daughters, Ada and Bea": a daughter's name is no body or place
                }
                if (obj == null || obj.equals(subj) || rule.memberOnly() && obj.kind() != Mention.Kind.MEMBER
                        || subj != null && obj.head() == subj.head()) {
                    continue;
                }
                out.add(new Candidate(rule, subj, obj, null, trig, MatchedRepairs.of(rule.pattern(), m, g, log)));
            }
        }
        return out;
    }

    /**
     * The mention if its type suits the rule. NER often mistakes a one-word name of a group, newspaper or
     * small town for a person ("joined the Greens", "founded Vanguard", "moved to Tarnow"): a single-word
     * person name the rule needs as an organization, publication or place is coerced, and marked so (its
     * confidence drops); so is a longer one where only a place can be ("exiled to Maria Vila").
     */
    static Mention typed(Mention m, java.util.Set<EntityType> allowed) {
        if (m == null || allowed.contains(m.type())) {
            return m;
        }
        if (m.kind() == Mention.Kind.NAME && m.length() == 1 && m.type() == EntityType.PERSON) {
            for (EntityType t : List.of(EntityType.ORGANIZATION, EntityType.PUBLICATION, EntityType.PLACE)) {
                if (allowed.contains(t)) {
                    return new Mention(m.sentence(), m.begin(), m.end(), m.head(), t, Mention.Kind.COERCED, m.text());
                }
            }
        }
        // "exiled to Maria Vila": a longer name NER took for a person, where only a place can be
        if (m.kind() == Mention.Kind.NAME && m.type() == EntityType.PERSON && allowed.equals(java.util.EnumSet.of(EntityType.PLACE))) {
            return new Mention(m.sentence(), m.begin(), m.end(), m.head(), EntityType.PLACE, Mention.Kind.COERCED, m.text());
        }
        return null;
    }

    /**
     * A proper name NER did not tag, or only as MISC ("Ust-Lisk", a small town; "Radicals", a group): the
     * node's proper-noun phrase (the node and
     * its adjacent compound and hyphen dependents), typed as the first place, organization or publication
     * type the rule accepts. Persons are left to NER, which rarely misses them.
     */
    Mention unknownName(SemanticGraph g, IndexedWord node, java.util.Set<EntityType> allowed, int sentence) {
        // a singular proper noun that is not the sentence's first word ("Allied with Ann, ...")
        // (or a plural one, "the Greens", a group)
        // (or a capitalized singular the tagger took for a common noun, "the Storting", but not a body's or a post's
        // head word, "the Senate", "the President": a description); never an event ("the Saur Revolution")
        boolean commonNoun = node.tag().equals("NN") && !lexicon.isOrgHead(node.word()) && !lexicon.isOfficeHeadWord(node.word());
        if (!(node.tag().equals("NNP") || node.tag().equals("NNPS") || node.tag().equals("NNS") || commonNoun) || !("O".equals(node.ner()) || "MISC".equals(node.ner()))
                || lexicon.isEventHead(node.word())
                || !Character.isUpperCase(node.word().codePointAt(0))
                || node.index() == 1) {
            return null;
        }
        EntityType type = null;
        for (EntityType t : List.of(EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PUBLICATION)) {
            if (allowed.contains(t)) {
                type = t;
                break;
            }
        }
        if (type == null) {
            return null;
        }
        int end = node.index();
        // the name's capitalized words right before it ("record Vanguard": the record is no part of the name), and
        // hyphens with short particles between them ("Bloc-i-Nord")
        java.util.Set<Integer> parts = new java.util.HashSet<>();
        for (var e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            String w = e.getDependent().word();
            boolean word = (rel.equals("compound") || rel.equals("flat"))
                    && (Character.isUpperCase(w.codePointAt(0)) || w.matches("\\p{Ll}{1,5}"));
            if (word || rel.equals("punct") && w.equals("-")) {
                parts.add(e.getDependent().index());
            }
        }
        int begin = node.index();
        while (parts.contains(begin - 1)) {
            begin--;
        }
        while (begin < end && !Character.isUpperCase(g.getNodeByIndexSafe(begin).word().codePointAt(0))) {
            begin++; // a name starts capitalized: "record-i-Nord" is "Nord"
        }
        StringBuilder text = new StringBuilder();
        for (int k = begin; k <= end; k++) {
            IndexedWord w = g.getNodeByIndexSafe(k);
            if (w == null) {
                return null;
            }
            String word = w.originalText() != null && !w.originalText().isEmpty() ? w.originalText() : w.word();
            boolean glue = word.equals("-") || k > begin && g.getNodeByIndexSafe(k - 1).word().equals("-");
            text.append(text.length() > 0 && !glue ? " " : "").append(word);
        }
        return new Mention(sentence, begin - 1, end, node.index() - 1, type, Mention.Kind.COERCED, text.toString());
    }

    /**
     * The mention an argument node stands for; a stance noun ("the Greens' position", "Ada's forces")
     * stands for its possessor or compound modifier.
     */
    private Mention argument(SemanticGraph g, IndexedWord node, List<Mention> mentions, boolean preferOffice,
                             java.util.Set<EntityType> allowed, int sentence) {
        Mention m = Mention.at(mentions, node.index() - 1, preferOffice);
        if (m != null || node.lemma() == null || !stanceNouns.contains(node.lemma())) {
            return m;
        }
        // "the Lake district of Cumbria": the of-phrase names the whole, so it goes first
        for (String wanted : List.of("nmod:of", "nmod:poss", "compound")) {
            for (var e : g.outgoingEdgeIterable(node)) {
                if (e.getRelation().toString().equals(wanted)) {
                    Mention owner = Mention.at(mentions, e.getDependent().index() - 1, false);
                    if (owner == null) {
                        // "the Vanguard position": a name NER did not tag
                        owner = unknownName(g, e.getDependent(), allowed, sentence);
                    }
                    if (owner != null) {
                        return owner;
                    }
                }
            }
        }
        return null;
    }

    static DateMention dateAt(List<DateMention> dates, int token) {
        for (DateMention d : dates) {
            if (d.begin() <= token && token < d.end()) {
                return d;
            }
        }
        return null;
    }
}
