package org.biokg.extract.repair;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parse built by hand, edge for edge as CoreNLP made it on a real sentence, so that each repair is tested even when
 * the parser happens to read a made-up sentence right. Built word by word rather than with
 * {@code SemanticGraph.valueOf}, which numbers words in the order the bracket notation names them: the repairs read
 * sentence positions (the comma after a noun, the parenthesis before a list).
 */
final class HandBuiltParse {
    final SemanticGraph graph = new SemanticGraph();
    final List<IndexedWord> words = new ArrayList<>();
    final List<NamedSpan> names = new ArrayList<>();

    /** Tokens separated by single spaces, numbered from 1, tagged by a rough guess ({@link #tag} overrides it). */
    HandBuiltParse(String text) {
        String[] tokens = text.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            CoreLabel label = new CoreLabel();
            label.setWord(tokens[i]);
            label.setValue(tokens[i]);
            label.setIndex(i + 1);
            label.setSentIndex(0);
            label.setTag(guessTag(tokens[i]));
            label.setNER("O");
            IndexedWord w = new IndexedWord(label);
            words.add(w);
            graph.addVertex(w);
        }
    }

    private static String guessTag(String token) {
        if (token.equals("and")) {
            return "CC";
        }
        if (Character.isDigit(token.charAt(0))) {
            return "CD";
        }
        if (Character.isUpperCase(token.charAt(0))) {
            return "NNP";
        }
        if (token.equals("later")) {
            return "RB";
        }
        if (token.equals("the") || token.equals("That") || token.equals("a") || token.equals("an")) {
            return "DT";
        }
        if (Set.of("members", "attempts", "secretaries").contains(token)) {
            return "NNS";
        }
        if (Set.of("they", "them", "their", "its", "she", "he", "her", "his").contains(token)) {
            return token.equals("its") || token.equals("their") || token.equals("his") ? "PRP$" : "PRP";
        }
        if (Set.of("in", "of", "by", "with", "to", "for", "as", "at", "In").contains(token)) {
            return "IN";
        }
        boolean noun = Set.of("rest", "head", "friend", "senator", "ally", "son", "actress", "actor", "group", "odds",
                "brother", "agent", "niece", "farmer", "neighborhood", "architect", "place", "party", "leader", "support",
                "house", "victory", "number", "seats", "Council").contains(token);
        return Character.isLetter(token.charAt(0)) ? (noun ? "NN" : "VBD") : token;
    }

    IndexedWord word(int index) {
        return words.get(index - 1);
    }

    HandBuiltParse tag(int index, String tag) {
        word(index).setTag(tag);
        return this;
    }

    HandBuiltParse lemma(int index, String lemma) {
        word(index).setLemma(lemma);
        return this;
    }

    HandBuiltParse ner(int index, String ner) {
        word(index).setNER(ner);
        return this;
    }

    HandBuiltParse edge(IndexedWord gov, IndexedWord dep, String rel) {
        graph.addEdge(gov, dep, GrammaticalRelation.valueOf(Language.UniversalEnglish, rel), 1.0, false);
        return this;
    }

    boolean has(IndexedWord gov, IndexedWord dep, String rel) {
        for (SemanticGraphEdge e : graph.getAllEdges(gov, dep)) {
            if (e.getRelation().toString().equals(rel)) {
                return true;
            }
        }
        return false;
    }

    /** A person's name over 1-based tokens [from, to), headed by its last word. */
    HandBuiltParse person(int from, int to) {
        return name(from, to, NamedSpan.Type.PERSON);
    }

    HandBuiltParse place(int from, int to) {
        return name(from, to, NamedSpan.Type.PLACE);
    }

    HandBuiltParse org(int from, int to) {
        return name(from, to, NamedSpan.Type.ORGANIZATION);
    }

    private HandBuiltParse name(int from, int to, NamedSpan.Type type) {
        names.add(new NamedSpan(from - 1, to - 1, to - 2, type, NamedSpan.Kind.NAME));
        return this;
    }

    /** Runs every repair in order, as extraction does. */
    RepairLog repairAll() {
        graph.resetRoots(); // Semgrex (and so Ssurgeon) starts from the roots: here, every word nothing governs
        return ParseRepairs.defaults().run(graph, names, new RepairLog());
    }

    /** Runs the one repair alone. */
    RepairLog repairWith(Repair repair) {
        graph.resetRoots();
        RepairLog log = new RepairLog();
        repair.apply(new ParseUnderRepair(graph, names, log, repair.id()));
        return log;
    }

    /** The ids the log gives the edge gov -rel-> dep (none if the graph lacks it). */
    Set<String> loggedAs(RepairLog log, IndexedWord gov, IndexedWord dep, String rel) {
        for (SemanticGraphEdge e : graph.getAllEdges(gov, dep)) {
            if (e.getRelation().toString().equals(rel)) {
                return log.repairsOf(e);
            }
        }
        return Set.of();
    }

    @Override
    public String toString() {
        return graph.toString();
    }
}
