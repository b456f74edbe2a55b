package org.biokg.extract;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parser errors built by hand, edge for edge as CoreNLP made them on real sentences, so that each repair is tested
 * even when the parser happens to read a made-up sentence right.
 */
class GraphRepairTest {

    /** "Ann and Treasurer of Trade Bob Roe sided with Cy." with "Ann" read as part of Bob Roe's name. */
    @Test
    void aNameJoinedByAndToALaterNameIsItsFirstConjunct() {
        Graph s = new Graph("Ann and Treasurer of Trade Bob Roe sided with Cy .");
        IndexedWord ann = s.word(1);
        IndexedWord treasurer = s.word(3);
        IndexedWord roe = s.word(7);
        IndexedWord sided = s.word(8);
        IndexedWord cy = s.word(10);
        s.edge(sided, roe, "nsubj").edge(roe, ann, "compound").edge(ann, treasurer, "conj:and")
                .edge(roe, treasurer, "compound").edge(roe, s.word(6), "compound").edge(sided, cy, "obl:with");
        List<Mention> mentions = List.of(s.person(1, 2), s.person(6, 8), s.person(10, 11));

        new GraphRepair().repair(s.graph, mentions);

        assertTrue(s.has(sided, ann, "nsubj"), s.graph.toString());
        assertTrue(s.has(ann, roe, "conj:and"), s.graph.toString());
        assertFalse(s.has(roe, ann, "compound"), s.graph.toString());
    }

    /** A compound inside one name ("Bob Roe") stays as it is. */
    @Test
    void aCompoundInsideOneNameIsLeftAlone() {
        Graph s = new Graph("Ann and Bob Roe sided with Cy .");
        IndexedWord bob = s.word(3);
        IndexedWord roe = s.word(4);
        IndexedWord sided = s.word(5);
        s.edge(sided, roe, "nsubj").edge(roe, bob, "compound").edge(sided, s.word(1), "nsubj");
        List<Mention> mentions = List.of(s.person(1, 2), s.person(3, 5), s.person(7, 8));

        new GraphRepair().repair(s.graph, mentions);

        assertTrue(s.has(roe, bob, "compound"), s.graph.toString());
        assertFalse(s.has(sided, bob, "nsubj"), s.graph.toString());
    }

    /** "The rest of the Guild (Ann, Bob, Cy) joined the Greens.": the list is hung on "the Guild". */
    @Test
    void theRestOfAGroupStandsForThePeopleListed() {
        Graph s = new Graph("The rest of the Guild ( Ann , Bob , Cy ) joined the Greens .");
        IndexedWord rest = s.word(2);
        IndexedWord guild = s.word(5);
        IndexedWord ann = s.word(7);
        IndexedWord bob = s.word(9);
        IndexedWord cy = s.word(11);
        IndexedWord joined = s.word(13);
        s.edge(joined, rest, "nsubj").edge(rest, guild, "nmod:of").edge(guild, ann, "dep").edge(ann, bob, "appos")
                .edge(ann, cy, "appos").edge(joined, s.word(15), "obj");
        List<Mention> mentions = List.of(s.org(5, 6), s.person(7, 8), s.person(9, 10), s.person(11, 12), s.org(15, 16));

        new GraphRepair().repair(s.graph, mentions);

        for (IndexedWord member : List.of(ann, bob, cy)) {
            assertTrue(s.has(joined, member, "nsubj"), member + " in " + s.graph);
        }
    }

    /** One person beside a singular noun is an apposition, not a group: "the head of the Guild (Ann)". */
    @Test
    void oneNameBesideASingularNounIsNoGroup() {
        Graph s = new Graph("The head of the Guild ( Ann ) joined the Greens .");
        IndexedWord head = s.word(2);
        IndexedWord ann = s.word(7);
        IndexedWord joined = s.word(9);
        s.edge(joined, head, "nsubj").edge(head, s.word(5), "nmod:of").edge(s.word(5), ann, "dep").edge(joined, s.word(11), "obj");
        List<Mention> mentions = List.of(s.org(5, 6), s.person(7, 8), s.org(11, 12));

        new GraphRepair().repair(s.graph, mentions);

        assertFalse(s.has(joined, ann, "nsubj"), s.graph.toString());
    }

    /**
     * "she became a friend of Bob Roe , later a senator and Ann 's ally ." with the description read as two more
     * complements of "became".
     */
    @Test
    void aLaterDescriptionAfterANameIsItsApposition() {
        Graph s = new Graph("she became a friend of Bob Roe , later a senator and Ann 's ally .");
        IndexedWord became = s.word(2);
        IndexedWord friend = s.word(4);
        IndexedWord roe = s.word(7);
        IndexedWord senator = s.word(11);
        IndexedWord ally = s.word(15);
        s.edge(became, s.word(1), "nsubj").edge(became, friend, "xcomp").edge(friend, roe, "nmod:of").edge(roe, s.word(6), "compound")
                .edge(senator, s.word(9), "advmod").edge(became, senator, "xcomp").edge(became, ally, "xcomp")
                .edge(senator, ally, "conj:and").edge(ally, s.word(13), "nmod:poss");
        List<Mention> mentions = List.of(s.person(6, 8), s.person(13, 14));

        new GraphRepair().repair(s.graph, mentions);

        assertTrue(s.has(roe, senator, "appos"), s.graph.toString());
        assertTrue(s.has(senator, ally, "conj:and"), s.graph.toString());
        assertFalse(s.has(became, senator, "xcomp"), s.graph.toString());
        assertFalse(s.has(became, ally, "xcomp"), s.graph.toString());
    }

    /** "Jo is son of actress Ann Roe and the actor Bob Roe ." with Bob Roe read as a conjunct of "son". */
    @Test
    void aSecondParentReadAsAConjunctOfThePredicateIsASecondOfPhrasePerson() {
        Graph s = new Graph("Jo is son of actress Ann Roe and the actor Bob Roe .");
        IndexedWord son = s.word(3);
        IndexedWord ann = s.word(7);
        IndexedWord bob = s.word(12);
        s.edge(son, s.word(1), "nsubj").edge(son, ann, "nmod:of").edge(ann, s.word(6), "compound").edge(son, s.word(10), "conj:and")
                .edge(son, bob, "conj:and").edge(bob, s.word(11), "compound");
        List<Mention> mentions = List.of(s.person(1, 2), s.person(6, 8), s.person(11, 13));

        new GraphRepair().repair(s.graph, mentions);

        assertTrue(s.has(son, bob, "nmod:of"), s.graph.toString());
        assertFalse(s.has(son, bob, "conj:and"), s.graph.toString());
    }

    /** "she defeated attempts by members ( Ann , Bob , Cy ) ." with the list hung on "members" as dep and conj. */
    @Test
    void peopleListedAfterAPluralNounInParenthesesShareItsEdges() {
        Graph s = new Graph("she defeated attempts by members ( Ann , Bob , Cy ) .");
        IndexedWord attempts = s.word(3);
        IndexedWord members = s.word(5);
        IndexedWord ann = s.word(7);
        IndexedWord bob = s.word(9);
        IndexedWord cy = s.word(11);
        s.edge(s.word(2), attempts, "obj").edge(attempts, members, "nmod:by").edge(members, ann, "dep").edge(ann, bob, "conj")
                .edge(ann, cy, "conj");
        List<Mention> mentions = List.of(s.person(7, 8), s.person(9, 10), s.person(11, 12));

        new GraphRepair().repair(s.graph, mentions);

        for (IndexedWord member : List.of(ann, bob, cy)) {
            assertTrue(s.has(attempts, member, "nmod:by"), member + " in " + s.graph);
        }
    }

    /**
     * "That put them at odds with Ann and Bob , the right group , who supported Cy ." with "the group" read as a
     * second object of "put".
     */
    @Test
    void aDescriptionOfNamesReadAsASecondObjectIsTheirApposition() {
        Graph s = new Graph("That put them at odds with Ann and Bob , the right group , who supported Cy .");
        IndexedWord put = s.word(2);
        IndexedWord odds = s.word(5);
        IndexedWord ann = s.word(7);
        IndexedWord bob = s.word(9);
        IndexedWord group = s.word(13);
        IndexedWord supported = s.word(16);
        s.edge(put, s.word(3), "obj").edge(put, odds, "obl:at").edge(odds, ann, "nmod:with").edge(odds, bob, "nmod:with")
                .edge(ann, bob, "conj:and").edge(group, s.word(11), "det").edge(put, group, "obj").edge(supported, group, "nsubj")
                .edge(group, supported, "acl:relcl").edge(supported, s.word(17), "obj");
        List<Mention> mentions = List.of(s.person(7, 8), s.person(9, 10), s.person(17, 18));

        new GraphRepair().repair(s.graph, mentions);

        assertFalse(s.has(put, group, "obj"), s.graph.toString());
        assertTrue(s.has(bob, group, "appos") && s.has(ann, group, "appos"), s.graph.toString());
        assertTrue(s.has(supported, ann, "nsubj") && s.has(supported, bob, "nsubj"), s.graph.toString());
    }

    /** A sentence's tokens as graph nodes (1-based, as CoreNLP numbers them) and the edges a test adds. */
    /** "Ann moved to Prague to study law ." with Prague read as the subject of "to study". */
    @Test
    void aDestinationReadAsTheSubjectOfAPurposeClauseIsTheVerbsDestination() {
        Graph s = new Graph("Ann moved to Prague to study law .");
        IndexedWord moved = s.word(2);
        IndexedWord prague = s.word(4);
        IndexedWord study = s.word(6);
        s.edge(moved, s.word(1), "nsubj").edge(moved, study, "advcl:to").edge(study, s.word(3), "mark")
                .edge(study, prague, "nsubj").edge(study, s.word(5), "mark").edge(study, s.word(7), "obj");
        List<Mention> mentions = List.of(s.person(1, 2), s.place(4, 5));

        new GraphRepair().repair(s.graph, mentions);

        assertTrue(s.has(moved, prague, "obl:to"), s.graph.toString());
        assertFalse(s.has(study, prague, "nsubj"), s.graph.toString());
    }

    /** "A close ally of Ann Roe , Bob Lee rose ." with Bob Lee read as an apposition to Ann Roe. */
    @Test
    void anOpeningDescriptionIsTheSubjectsNotItsObjects() {
        Graph s = new Graph("A close ally of Ann Roe , Bob Lee rose .");
        IndexedWord ally = s.word(3);
        IndexedWord roe = s.word(6);
        IndexedWord lee = s.word(9);
        IndexedWord rose = s.word(10);
        s.edge(rose, ally, "nsubj").edge(ally, roe, "nmod:of").edge(roe, s.word(5), "compound")
                .edge(roe, lee, "appos").edge(lee, s.word(8), "compound");
        List<Mention> mentions = List.of(s.person(5, 7), s.person(8, 10));

        new GraphRepair().repair(s.graph, mentions);

        assertTrue(s.has(rose, lee, "nsubj"), s.graph.toString());
        assertTrue(s.has(lee, ally, "appos"), s.graph.toString());
        assertFalse(s.has(roe, lee, "appos"), s.graph.toString());
        assertFalse(s.has(rose, ally, "nsubj"), s.graph.toString());
    }

    private static final class Graph {
        final SemanticGraph graph = new SemanticGraph();
        final List<IndexedWord> words = new ArrayList<>();

        Graph(String text) {
            String[] tokens = text.split(" ");
            for (int i = 0; i < tokens.length; i++) {
                CoreLabel label = new CoreLabel();
                label.setWord(tokens[i]);
                label.setValue(tokens[i]);
                label.setIndex(i + 1);
                label.setSentIndex(0);
                label.setTag(tag(tokens[i]));
                IndexedWord w = new IndexedWord(label);
                words.add(w);
                graph.addVertex(w);
            }
        }

        private static String tag(String token) {
            if (token.equals("and")) {
                return "CC";
            }
            if (Character.isUpperCase(token.charAt(0))) {
                return "NNP";
            }
            if (token.equals("later")) {
                return "RB";
            }
            if (token.equals("the") || token.equals("That")) {
                return "DT";
            }
            if (token.equals("members") || token.equals("attempts")) {
                return "NNS";
            }
            boolean noun = Set.of("rest", "head", "friend", "senator", "ally", "son", "actress", "actor", "group", "odds").contains(token);
            return Character.isLetter(token.charAt(0)) ? (noun ? "NN" : "VBD") : token;
        }

        IndexedWord word(int index) {
            return words.get(index - 1);
        }

        Graph edge(IndexedWord gov, IndexedWord dep, String rel) {
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
        Mention person(int from, int to) {
            return mention(from, to, EntityType.PERSON);
        }

        Mention place(int from, int to) {
            return mention(from, to, EntityType.PLACE);
        }

        Mention org(int from, int to) {
            return mention(from, to, EntityType.ORGANIZATION);
        }

        private Mention mention(int from, int to, EntityType type) {
            StringBuilder text = new StringBuilder();
            for (int i = from; i < to; i++) {
                text.append(i > from ? " " : "").append(word(i).word());
            }
            return new Mention(0, from - 1, to - 1, to - 2, type, Mention.Kind.NAME, text.toString());
        }
    }
}
