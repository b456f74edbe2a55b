package org.biokg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs frequent parser errors in biographies and adds the edges enhanced++ leaves out, so that rules
 * written for the plain construction also read these:
 * <ul>
 * <li>an opening date glued to the subject's name: "In 1890 Ada was expelled" (or "In 1890 Ada's place was
 * taken") is parsed as if "1890 Ada" were one noun phrase, the object of "In", leaving the verb without a
 * subject;</li>
 * <li>a parenthetical list of people hung on the wrong noun: in "the three secretaries of the Guild (Ann,
 * Bob and Cy)" the list belongs to "secretaries", not to "the Guild";</li>
 * <li>a plural noun standing for the people listed beside it: what "the secretaries (Ann, Bob and Cy)" do
 * or are, each of them does or is; so too a singular noun for part of a group, "the rest of the Guild (Ann, Bob,
 * Cy)";</li>
 * <li>a plural pronoun for the people just coordinated: in "Ann and Bob, with their support for Cy",
 * "their" is Ann and Bob;</li>
 * <li>"its" for the group named as a verb's subject or object before it: in "Ann joined the Greens, a
 * party in Kent, and became one of its leaders", "its" is the Greens (not Kent, a modifier);</li>
 * <li>an as-phrase hung on an adverb: in "she served as Treasurer and later as the head of the Guild", the
 * parser makes "the head" depend on "later"; it is the verb's, like "Treasurer";</li>
 * <li>a second clause read as a second object: "the Greens won a victory and a number of Ann's allies lost
 * their seats" is parsed as if the Greens won "a victory and a number of Ann's allies", leaving "lost"
 * without a subject;</li>
 * <li>a past-tense verb read as a modifier of a noun ("Ann, Bob's sister-in-law, sided with Cy"; "Bob's
 * sister, Ann, married Cy Lee"): the verb gets back its subject (and object);</li>
 * <li>a common noun with a name in apposition as a verb's argument ("His niece, Ann Roe, is head of X",
 * "attacked by an agent, Bob Roe"): the name is the argument too; a name right after a common noun ("her
 * brother Ned Roe"), which the parser often leaves as {@code dep}, is in apposition to it;</li>
 * <li>an object with a reduced relative read as a clause ("to overthrow the Council headed by Ann Roe"): the
 * noun is the verb's object again;</li>
 * <li>a name after the comma that closes an of-phrase on a predicate, read as a second conjunct or an apposition of
 * the predicate ("he was the son of a farmer, Bob Roe (1840–1900), and Ann Roe", parsed as if he were "the son and
 * Bob Roe and Ann Roe"): the name is in apposition to the of-phrase's noun, and the names coordinated after it are
 * coordinated with that name;</li>
 * <li>a name after a passive verb's by-phrase read as the verb's object ("attacked by an agent, Bob Roe, who"): it is
 * in apposition to the phrase's noun;</li>
 * <li>a description after names read as a second object ("put them at odds with A and B, the Blue group, who
 * supported C"): it is the names' apposition, and its relative clause is theirs;</li>
 * <li>a second parent read as a conjunct of the predicate ("son of actress Ann Roe and the actor Bob Roe"): it is
 * a second person of the of-phrase;</li>
 * <li>a description after a name and a comma read as a complement of the verb ("became a friend of Bob Roe,
 * later a senator and Ann's ally"): it is Bob Roe's apposition;</li>
 * <li>a name coordinated with a later one read as part of it ("Ann and Treasurer Bob Roe sided with Cy"): it is
 * the first conjunct;</li>
 * <li>a destination read as the subject of a for-to clause ("fled Lisbon for Brazil to avoid arrest"): it is
 * the verb's destination;</li>
 * <li>a place described as part of a wider one ("in Coyo, a neighborhood in Lima"): what is said of it is said of
 * the wider place too;</li>
 * <li>a subject shared by coordinated names but given only to the last ("with Ann and Bob again allied with
 * Cy"): the earlier names are subjects too.</li>
 * </ul>
 * It changes the graph in place and is idempotent.
 */
public final class GraphRepair {
    private static final Set<String> DATE_TAGS = Set.of("DATE");

    public void repair(SemanticGraph g, List<Mention> mentions) {
        restoreGluedSubjects(g, mentions);
        splitNamesReadAsCompounds(g, mentions);
        reattachMemberLists(g, mentions);
        spreadGroupsToMembers(g, mentions);
        resolvePluralPronouns(g, mentions);
        resolveIts(g, mentions);
        restoreSecondClauses(g);
        hoistAsPhrasesFromAdverbs(g);
        restoreFiniteVerbsReadAsModifiers(g, mentions);
        readNamesAfterNounsAsAppositions(g, mentions);
        readLaterDescriptionsAsAppositions(g, mentions);
        readDescriptionsReadAsSecondObjects(g, mentions);
        readNamesAfterOfPhrasesAsAppositions(g, mentions);
        readLaterNamesAsSecondOfObjects(g, mentions);
        readPassiveObjectsAsAppositions(g, mentions);
        objectsReadAsIndirect(g);
        restoreObjectsReadAsPassiveSubjects(g);
        shareSubjectsWithEarlierConjuncts(g, mentions);
        passArgumentsToAppositiveNames(g, mentions);
        passPlacesToWiderPlaces(g, mentions);
        restoreDestinationsReadAsSubjects(g, mentions);
        readOpeningDescriptionsOfTheSubject(g, mentions);
    }

    /**
     * "A close ally of Ann Roe, Bob Lee soon rose to power", "A founding member of the Green Party, Ann Roe won":
     * an opening noun phrase that describes the subject, parsed as the verb's subject with the real subject in
     * apposition to its of-object. The name after the comma is the subject; the opening phrase describes it.
     */
    private static void readOpeningDescriptionsOfTheSubject(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge subject : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = subject.getGovernor();
            IndexedWord noun = subject.getDependent();
            if (!subject.getRelation().toString().equals("nsubj") || !noun.tag().matches("NNS?") || noun.index() > 4
                    || g.outgoingEdgeList(verb).stream().filter(x -> x.getRelation().toString().startsWith("nsubj")).count() != 1) {
                continue;
            }
            for (SemanticGraphEdge of : g.outgoingEdgeList(noun)) {
                if (!of.getRelation().toString().equals("nmod:of")) {
                    continue;
                }
                for (SemanticGraphEdge appos : new ArrayList<>(g.outgoingEdgeList(of.getDependent()))) {
                    IndexedWord name = appos.getDependent();
                    if (appos.getRelation().toString().equals("appos") && name.index() < verb.index()
                            && isPersonHead(name, mentions) && isNameHead(name, mentions)
                            && followedByCommaThenName(g, of.getDependent(), name, mentions)) {
                        g.removeEdge(appos);
                        g.removeEdge(subject);
                        addEdge(g, verb, name, "nsubj");
                        addEdge(g, name, noun, "appos");
                        return;
                    }
                }
            }
        }
    }

    /**
     * "fled Lisbon for neutral Brazil to avoid arrest", "moved to Prague to study law", parsed as a for-to (to-to)
     * clause whose subject is the place: a place after "for" or "to" is where the verb the clause hangs on goes,
     * not a subject.
     */
    private static void restoreDestinationsReadAsSubjects(SemanticGraph g, List<Mention> mentions) {
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
                    g.removeEdge(e);
                    addEdge(g, up.getGovernor(), place, "obl:" + preposition);
                    break;
                }
            }
        }
    }

    /**
     * "moved into a house in Coyo, a neighborhood in Lima": what is said of a place described as a part of a wider
     * one ("a town (village, district) in Y", "a suburb of Y") is said of the wider one too, as "in Coyo, Lima" would.
     */
    private static void passPlacesToWiderPlaces(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord place = e.getGovernor();
            IndexedWord part = e.getDependent();
            if (!e.getRelation().toString().equals("appos") || !isPlaceName(place, mentions) || !part.tag().equals("NN")
                    || part.index() < place.index()) {
                continue;
            }
            for (SemanticGraphEdge in : g.outgoingEdgeList(part)) {
                IndexedWord wider = in.getDependent();
                String rel = in.getRelation().toString();
                if (!(rel.equals("nmod:in") || rel.equals("nmod:of")) || !isPlaceName(wider, mentions)) {
                    continue;
                }
                for (SemanticGraphEdge up : new ArrayList<>(g.incomingEdgeList(place))) {
                    String upRel = up.getRelation().toString();
                    if (!upRel.startsWith("conj") && !upRel.equals("appos")) {
                        addEdge(g, up.getGovernor(), wider, upRel);
                    }
                }
            }
        }
    }

    private static boolean isPlaceName(IndexedWord w, List<Mention> mentions) {
        return headsName(w, mentions, m -> m.type() == EntityType.PLACE);
    }

    /**
     * "with Ann and Bob again allied with Cy": only the last of the coordinated names was made the verb's subject;
     * the names coordinated before it are subjects too.
     */
    private static void shareSubjectsWithEarlierConjuncts(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            String rel = e.getRelation().toString();
            if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) {
                continue;
            }
            IndexedWord verb = e.getGovernor();
            IndexedWord last = e.getDependent();
            for (SemanticGraphEdge c : g.incomingEdgeList(last)) {
                IndexedWord first = c.getGovernor();
                if (c.getRelation().toString().equals("conj:and") && first.index() < last.index()
                        && isPersonHead(first, mentions) && isPersonHead(last, mentions)) {
                    addEdge(g, verb, first, rel);
                }
            }
            // "In 1952 Ann and Bob were expelled", with the opening "In" read as Bob's: the later conjunct is a
            // subject too, not an in-phrase
            IndexedWord first = last;
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(first))) {
                IndexedWord later = c.getDependent();
                if (!c.getRelation().toString().equals("conj:and") || later.index() < first.index() || later.index() > verb.index()
                        || !isPersonHead(first, mentions) || !isPersonHead(later, mentions)) {
                    continue;
                }
                for (SemanticGraphEdge wrong : new ArrayList<>(g.getAllEdges(verb, later))) {
                    if (wrong.getRelation().toString().startsWith("obl")) {
                        g.removeEdge(wrong);
                    }
                }
                addEdge(g, verb, later, rel);
            }
        }
    }

    /**
     * "to overthrow the Government headed by Ann Roe" parsed as if "the Government headed by Ann Roe" were a
     * clause of its own ({@code dep}) with "Government" its subject: the noun is the verb's object, the participle
     * a reduced relative on it.
     */
    private static void restoreObjectsReadAsPassiveSubjects(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord participle = e.getDependent();
            if (!e.getRelation().toString().equals("dep") || !verb.tag().startsWith("VB") || !participle.tag().equals("VBN")
                    || participle.index() < verb.index()
                    || g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("obj"))
                    || g.outgoingEdgeList(participle).stream().noneMatch(x -> x.getRelation().toString().startsWith("obl:by")
                    || x.getRelation().toString().equals("obl:agent"))) {
                continue;
            }
            for (SemanticGraphEdge sub : new ArrayList<>(g.outgoingEdgeList(participle))) {
                IndexedWord noun = sub.getDependent();
                if (sub.getRelation().toString().equals("nsubj") && noun.index() < participle.index() && noun.index() > verb.index()) {
                    addEdge(g, verb, noun, "obj");
                    addEdge(g, noun, participle, "acl");
                }
            }
        }
    }

    /** Adverbs that open a description of someone at another time: "Bob Roe, later a senator". */
    private static final Set<String> TIME_SHIFTS = Set.of("later", "then", "now", "afterwards", "subsequently", "eventually", "formerly");

    /**
     * "became a friend of Bob Roe, later a senator and Ann's ally": the description after the comma is Bob Roe's
     * (an apposition), not a second complement of the verb, as the parser often reads it.
     */
    private static void readLaterDescriptionsAsAppositions(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge adv : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = adv.getGovernor();
            IndexedWord shift = adv.getDependent();
            if (!adv.getRelation().toString().equals("advmod") || !TIME_SHIFTS.contains(shift.word().toLowerCase(java.util.Locale.ROOT))
                    || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP") || shift.index() > noun.index()) {
                continue;
            }
            IndexedWord comma = g.getNodeByIndexSafe(shift.index() - 1);
            IndexedWord name = personNameEndingAt(g, shift.index() - 2, mentions);
            if (comma == null || !comma.word().equals(",") || name == null || g.getAllEdges(name, noun).size() > 0) {
                continue;
            }
            List<IndexedWord> described = new ArrayList<>(List.of(noun));
            for (SemanticGraphEdge c : g.outgoingEdgeList(noun)) {
                if (c.getRelation().toString().startsWith("conj")) {
                    described.add(c.getDependent());
                }
            }
            for (IndexedWord d : described) {
                for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(d))) {
                    if (!in.getRelation().toString().startsWith("conj") && in.getGovernor().index() < name.index()) {
                        g.removeEdge(in);
                    }
                }
            }
            addEdge(g, name, noun, "appos");
        }
    }

    /**
     * "put them at odds with A and B, the Blue group of the Guild, who supported C", parsed with "the group" as a
     * second object of "put": the description after the comma is the names' apposition, and what it does in a
     * relative clause ("who supported C") the names do.
     */
    private static void readDescriptionsReadAsSecondObjects(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord noun = e.getDependent();
            if (!e.getRelation().toString().equals("obj") || !(noun.tag().equals("NN") || noun.tag().equals("NNS"))) {
                continue;
            }
            IndexedWord det = null;
            for (SemanticGraphEdge d : g.outgoingEdgeList(noun)) {
                if (d.getRelation().toString().equals("det") && d.getDependent().index() < noun.index()) {
                    det = d.getDependent();
                }
            }
            IndexedWord comma = det == null ? null : g.getNodeByIndexSafe(det.index() - 1);
            IndexedWord name = comma == null || !comma.word().equals(",") ? null : personNameEndingAt(g, det.index() - 2, mentions);
            if (name == null || name.index() < verb.index()) {
                continue;
            }
            IndexedWord last = name;
            boolean earlierObject = g.outgoingEdgeList(verb).stream().anyMatch(o -> o.getRelation().toString().equals("obj")
                    && o.getDependent().index() < last.index());
            if (!earlierObject) {
                continue;
            }
            List<IndexedWord> names = new ArrayList<>(List.of(name));
            for (SemanticGraphEdge c : g.incomingEdgeList(name)) {
                if (c.getRelation().toString().startsWith("conj") && isPersonHead(c.getGovernor(), mentions)) {
                    names.add(c.getGovernor());
                }
            }
            g.removeEdge(e);
            for (IndexedWord n : names) {
                addEdge(g, n, noun, "appos");
            }
            for (SemanticGraphEdge r : new ArrayList<>(g.outgoingEdgeList(noun))) {
                IndexedWord clause = r.getDependent();
                if (r.getRelation().toString().equals("acl:relcl") && g.getAllEdges(clause, noun).stream()
                        .anyMatch(x -> x.getRelation().toString().startsWith("nsubj"))) {
                    for (IndexedWord n : names) {
                        addEdge(g, clause, n, "nsubj");
                    }
                }
            }
        }
    }

    /** The head of the person's name whose last token is the 1-based {@code index}, or null. */
    private static IndexedWord personNameEndingAt(SemanticGraph g, int index, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.kind() == Mention.Kind.NAME && m.end() == index) {
                return g.getNodeByIndexSafe(m.head() + 1);
            }
        }
        return null;
    }

    /**
     * "her brother Ned Roe", "married the architect Ann Roe", "his siblings Ann, Bob and Cy": a name right after
     * a common noun, which the parser often hangs on it as {@code dep}, stands in apposition to it (with the
     * names coordinated with it).
     */
    private static void readNamesAfterNounsAsAppositions(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().equals("dep") || !noun.tag().startsWith("NN") || noun.tag().startsWith("NNP")
                    || !isPersonHead(name, mentions) || !isNameHead(name, mentions) || name.index() < noun.index()
                    || !startsRightAfter(name, noun, mentions) && !startsRightAfterConjunct(g, name, noun, mentions)) {
                continue;
            }
            addEdge(g, noun, name, "appos");
            for (SemanticGraphEdge c : g.outgoingEdgeList(name)) {
                if (c.getRelation().toString().startsWith("conj") && isPersonHead(c.getDependent(), mentions)) {
                    addEdge(g, noun, c.getDependent(), "appos");
                }
            }
        }
    }

    /**
     * "He was the son of a farmer, Bob Roe (1840–1900), and Ann Roe": the parser coordinates the names with "son",
     * or sets the first in apposition to it. A name that follows "noun ," where the noun heads the of-phrase of a
     * predicate noun, with no conjunction before it, is in apposition to that noun; the names coordinated after it
     * are its conjuncts.
     */
    private static void readNamesAfterOfPhrasesAsAppositions(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord name = e.getDependent();
            String rel = e.getRelation().toString();
            // only on a predicate ("He was the son of a farmer, Bob Roe"): in "The son of a farmer, Bob Roe, wrote"
            // the name is the son's
            if (!(rel.startsWith("conj") || rel.equals("appos")) || !head.tag().startsWith("NN") || head.tag().startsWith("NNP")
                    || !isPersonHead(name, mentions) || !isNameHead(name, mentions)
                    || g.outgoingEdgeList(name).stream().anyMatch(x -> x.getRelation().toString().equals("cc"))
                    || g.outgoingEdgeList(head).stream().noneMatch(x -> x.getRelation().toString().startsWith("nsubj"))) {
                continue;
            }
            IndexedWord of = null;
            for (SemanticGraphEdge n : g.outgoingEdgeList(head)) {
                IndexedWord d = n.getDependent();
                if (n.getRelation().toString().equals("nmod:of") && d.tag().startsWith("NN") && !d.tag().startsWith("NNP")
                        && d.index() < name.index() && followedByCommaThenName(g, d, name, mentions)) {
                    of = d;
                }
            }
            if (of == null) {
                continue;
            }
            g.removeEdge(e);
            addEdge(g, of, name, "appos");
            for (SemanticGraphEdge c : new ArrayList<>(g.outgoingEdgeList(head))) {
                IndexedWord later = c.getDependent();
                if (c.getRelation().toString().startsWith("conj") && later.index() > name.index()
                        && isPersonHead(later, mentions) && isNameHead(later, mentions)) {
                    g.removeEdge(c);
                    addEdge(g, name, later, c.getRelation().toString());
                }
            }
        }
    }

    /**
     * "attacked by a police agent, Bob Roe, who ...": the parser makes the name an object of the passive verb; it is
     * in apposition to the noun of the verb's by-phrase (or other oblique) just before the comma.
     */
    private static void readPassiveObjectsAsAppositions(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().equals("obj") || !isPersonHead(name, mentions) || !isNameHead(name, mentions)
                    || g.outgoingEdgeList(verb).stream().noneMatch(x -> x.getRelation().toString().equals("aux:pass"))) {
                continue;
            }
            for (SemanticGraphEdge o : g.outgoingEdgeList(verb)) {
                IndexedWord noun = o.getDependent();
                if (o.getRelation().toString().startsWith("obl") && noun.tag().startsWith("NN") && !noun.tag().startsWith("NNP")
                        && noun.index() < name.index() && followedByCommaThenName(g, noun, name, mentions)) {
                    g.removeEdge(e);
                    addEdge(g, noun, name, "appos");
                    break;
                }
            }
        }
    }

    /**
     * "He is son of actress Ann Roe and the actor Bob Roe", parsed as if he were "son and Bob Roe": a name
     * coordinated with a predicate noun whose of-phrase names a person before it is a second of-phrase person.
     */
    private static void readLaterNamesAsSecondOfObjects(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord name = e.getDependent();
            if (!e.getRelation().toString().startsWith("conj") || !head.tag().startsWith("NN") || head.tag().startsWith("NNP")
                    || !isPersonHead(name, mentions) || !isNameHead(name, mentions)
                    || g.outgoingEdgeList(head).stream().noneMatch(x -> x.getRelation().toString().startsWith("nsubj"))) {
                continue;
            }
            boolean ofPerson = g.outgoingEdgeList(head).stream().anyMatch(n -> n.getRelation().toString().equals("nmod:of")
                    && n.getDependent().index() < name.index() && isPersonHead(n.getDependent(), mentions));
            if (ofPerson) {
                g.removeEdge(e);
                addEdge(g, head, name, "nmod:of");
            }
        }
    }

    /** The tokens after {@code noun} are a comma and then the name headed by {@code name}. */
    private static boolean followedByCommaThenName(SemanticGraph g, IndexedWord noun, IndexedWord name, List<Mention> mentions) {
        IndexedWord comma = g.getNodeByIndexSafe(noun.index() + 1);
        return comma != null && comma.word().equals(",") && startsRightAfter(name, comma, mentions);
    }

    /** "her friend and ally Ann Roe": the name begins right after a noun coordinated with {@code noun}. */
    private static boolean startsRightAfterConjunct(SemanticGraph g, IndexedWord name, IndexedWord noun, List<Mention> mentions) {
        for (SemanticGraphEdge c : g.outgoingEdgeList(noun)) {
            IndexedWord other = c.getDependent();
            if (c.getRelation().toString().startsWith("conj") && other.tag().startsWith("NN") && !other.tag().startsWith("NNP")
                    && startsRightAfter(name, other, mentions)) {
                return true;
            }
        }
        return false;
    }

    /** The name's mention begins right after the noun. */
    private static boolean startsRightAfter(IndexedWord name, IndexedWord noun, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.head() == name.index() - 1 && m.kind() == Mention.Kind.NAME) {
                return m.begin() == noun.index(); // noun.index() is 1-based: the token after the noun
            }
        }
        return false;
    }

    /** "married the architect Ann Roe" parsed with "architect" as an indirect object and no direct one. */
    private static void objectsReadAsIndirect(SemanticGraph g) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getGovernor();
            if (e.getRelation().toString().equals("iobj")
                    && g.outgoingEdgeList(verb).stream().noneMatch(x -> x.getRelation().toString().equals("obj"))) {
                addEdge(g, verb, e.getDependent(), "obj");
            }
        }
    }

    /** The relations through which a noun is an argument of a verb or predicate. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "obl:by", "nmod:of");

    /**
     * "His niece, Ann Roe, is head of X", "attacked by a police agent, Bob Roe", "the son of a farmer, Bob Roe":
     * the person is the name beside the common noun, so the name gets the noun's argument edge too.
     */
    private static void passArgumentsToAppositiveNames(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord noun = e.getDependent();
            if (!ARGUMENTS.contains(e.getRelation().toString()) || !noun.tag().startsWith("NN") || isNameHead(noun, mentions)) {
                continue;
            }
            IndexedWord name = null;
            for (SemanticGraphEdge a : g.outgoingEdgeList(noun)) {
                IndexedWord d = a.getDependent();
                if (a.getRelation().toString().equals("appos") && d.index() > noun.index() && isPersonHead(d, mentions)
                        && isNameHead(d, mentions) && (name == null || d.index() < name.index())) {
                    name = d;
                }
            }
            if (name != null) {
                addEdge(g, e.getGovernor(), name, e.getRelation().toString());
                // "a farmer, Bob Roe (1840–1900), and Ann Roe": the names coordinated with it too
                for (SemanticGraphEdge c : g.outgoingEdgeList(name)) {
                    if (c.getRelation().toString().startsWith("conj") && isPersonHead(c.getDependent(), mentions)
                            && isNameHead(c.getDependent(), mentions)) {
                        addEdge(g, e.getGovernor(), c.getDependent(), e.getRelation().toString());
                    }
                }
            }
        }
    }

    /**
     * A past-tense verb the parser hung on a noun phrase as a modifier, leaving it without a subject:
     * <ul>
     * <li>"why Ann, a quiet woman and Bob's sister-in-law, sided with Cy": "sided" as an {@code acl} of
     * "sister-in-law"; its subject is the name the phrase describes (up through appositions, conjuncts and
     * nominal modifiers);</li>
     * <li>"Bob's sister, Ann, married Cy Lee, a lawyer": "married" as an {@code amod} of "Cy Lee", itself an
     * apposition of "sister"; the verb's subject is the name in apposition before it and its object the name
     * it modifies (which is then no longer an apposition of "sister").</li>
     * </ul>
     * A reduced relative ("a man known as", "the troops sent to") is a participle (VBN/VBG), never touched.
     */
    private static void restoreFiniteVerbsReadAsModifiers(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord verb = e.getDependent();
            String rel = e.getRelation().toString();
            // the tagger errs with the parser: "sided" comes out VBN, "married" JJ
            if (!verb.word().endsWith("ed") || !Set.of("VBD", "VBN", "JJ").contains(verb.tag()) || DependencyGraphs.hasSubject(g, verb)
                    || !afterComma(g, verb)) {
                continue;
            }
            IndexedWord noun = e.getGovernor();
            if (rel.equals("acl") && noun.index() < verb.index() && !verb.tag().equals("JJ")) {
                IndexedWord top = describedName(g, noun, mentions);
                if (top != null && !DependencyGraphs.isSubject(g, top)) {
                    addEdge(g, verb, top, "nsubj");
                }
            } else if (rel.equals("amod") && verb.index() < noun.index() && isPersonHead(noun, mentions)) {
                // "married Lev Roe": the modifier may hang on the first name, the apposition on the last
                for (SemanticGraphEdge in : g.incomingEdgeList(noun)) {
                    if (in.getRelation().toString().equals("compound") && isPersonHead(in.getGovernor(), mentions)) {
                        noun = in.getGovernor();
                    }
                }
                SemanticGraphEdge appos = null;
                for (SemanticGraphEdge in : g.incomingEdgeList(noun)) {
                    if (in.getRelation().toString().equals("appos")) {
                        appos = in;
                    }
                }
                if (appos == null) {
                    continue;
                }
                IndexedWord subject = null;
                for (SemanticGraphEdge a : g.outgoingEdgeList(appos.getGovernor())) {
                    IndexedWord d = a.getDependent();
                    if (a.getRelation().toString().equals("appos") && d.index() < verb.index() && isPersonHead(d, mentions)) {
                        subject = d;
                    }
                }
                if (subject == null) {
                    continue;
                }
                g.removeEdge(e);
                g.removeEdge(appos);
                // "married Cy Lee, a lawyer": what follows the object describes the object
                for (SemanticGraphEdge later : new ArrayList<>(g.outgoingEdgeList(appos.getGovernor()))) {
                    if (later.getRelation().toString().equals("appos") && later.getDependent().index() > noun.index()) {
                        g.removeEdge(later);
                        addEdge(g, noun, later.getDependent(), "appos");
                    }
                }
                if (!verb.tag().startsWith("VB")) {
                    verb.setTag("VBD");
                    verb.setLemma(edu.stanford.nlp.process.Morphology.lemmaStatic(verb.word(), "VBD"));
                }
                addEdge(g, appos.getGovernor(), verb, "acl");
                addEdge(g, verb, subject, "nsubj");
                addEdge(g, verb, noun, "obj");
            }
        }
    }

    /** The word before {@code w} is a comma: the verb follows the comma that closes an apposition. */
    private static boolean afterComma(SemanticGraph g, IndexedWord w) {
        IndexedWord before = g.getNodeByIndexSafe(w.index() - 1);
        return before != null && before.word().equals(",");
    }

    /** The person's name a noun phrase describes: up from {@code noun} through appositions, conjuncts and nmods. */
    private static IndexedWord describedName(SemanticGraph g, IndexedWord noun, List<Mention> mentions) {
        IndexedWord w = noun;
        for (int depth = 0; depth < 6 && w != null; depth++) {
            if (depth > 0 && isPersonHead(w, mentions) && isNameHead(w, mentions)) {
                return w;
            }
            IndexedWord up = null;
            for (SemanticGraphEdge in : g.incomingEdgeList(w)) {
                String r = in.getRelation().toString();
                if (r.equals("appos") || r.startsWith("conj") || r.startsWith("nmod")) {
                    up = in.getGovernor();
                    break;
                }
            }
            w = up;
        }
        return null;
    }

    /** "served as A and later as B", parsed as conj(A, later) and obl:as(later, B): B is the verb's obl:as too. */
    private static void hoistAsPhrasesFromAdverbs(SemanticGraph g) {
        for (SemanticGraphEdge as : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord adverb = as.getGovernor();
            if (!as.getRelation().toString().equals("obl:as") || !adverb.tag().startsWith("RB")) {
                continue;
            }
            for (SemanticGraphEdge conj : g.incomingEdgeList(adverb)) {
                if (!conj.getRelation().toString().startsWith("conj")) {
                    continue;
                }
                for (SemanticGraphEdge first : g.incomingEdgeList(conj.getGovernor())) {
                    if (first.getRelation().toString().equals("obl:as") && first.getGovernor().tag().startsWith("VB")) {
                        addEdge(g, first.getGovernor(), as.getDependent(), "obl:as");
                    }
                }
            }
        }
    }

    /**
     * "V1 ... N1 and N2 V2 ...", parsed with N2 as a second object (or oblique) of V1 and V2 hung on V1 by
     * {@code dep} with no subject: N2 is V2's subject, and so is every other conjunct read the same way ("were
     * dispersed by force and Ann and Bob were expelled").
     */
    private static void restoreSecondClauses(SemanticGraph g) {
        for (SemanticGraphEdge dep : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord first = dep.getGovernor();
            IndexedWord second = dep.getDependent();
            if (!dep.getRelation().toString().equals("dep") || !first.tag().startsWith("VB") || !second.tag().startsWith("VB")
                    || second.index() < first.index() || DependencyGraphs.hasSubject(g, second)) {
                continue;
            }
            List<IndexedWord> subjects = new ArrayList<>();
            for (SemanticGraphEdge arg : g.outgoingEdgeList(first)) {
                IndexedWord n = arg.getDependent();
                String rel = arg.getRelation().toString();
                boolean coordinated = g.incomingEdgeList(n).stream().anyMatch(x -> x.getRelation().toString().equals("conj:and"));
                if ((rel.equals("obj") || rel.startsWith("obl")) && coordinated && n.index() < second.index()) {
                    subjects.add(n); // a later conjunct, not the verb's own first argument
                }
            }
            for (IndexedWord subject : subjects) {
                addEdge(g, second, subject, subjectRelation(g, second));
            }
        }
    }

    private void restoreGluedSubjects(SemanticGraph g, List<Mention> mentions) {
        for (IndexedWord verb : new ArrayList<>(g.vertexSet())) {
            if (!verb.tag().startsWith("VB")) {
                continue;
            }
            if (DependencyGraphs.hasSubject(g, verb)) {
                restoreGluedFirstConjunct(g, verb, mentions);
                continue;
            }
            for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
                String rel = e.getRelation().toString();
                IndexedWord noun = e.getDependent();
                if (!rel.startsWith("obl") || noun.index() > verb.index()
                        || !(isPersonHead(noun, mentions) || hasPersonPossessor(g, noun, mentions))) {
                    continue;
                }
                IndexedWord date = dateModifier(g, noun);
                if (date == null) {
                    continue;
                }
                g.removeEdge(e);
                g.addEdge(verb, noun, GrammaticalRelation.valueOf(Language.UniversalEnglish, subjectRelation(g, verb)),
                        e.getWeight(), false);
                // "In 1890 Ada joined the Greens and became ...": the coordinated verbs share the subject
                for (SemanticGraphEdge c : g.outgoingEdgeList(verb)) {
                    IndexedWord other = c.getDependent();
                    if (c.getRelation().toString().startsWith("conj") && other.tag().startsWith("VB") && !DependencyGraphs.hasSubject(g, other)) {
                        addEdge(g, other, noun, subjectRelation(g, other));
                    }
                }
                SemanticGraphEdge nummod = g.getEdge(noun, date); // or compound
                if (nummod != null) {
                    g.removeEdge(nummod);
                    g.addEdge(verb, date, GrammaticalRelation.valueOf(Language.UniversalEnglish, rel), e.getWeight(), false);
                }
                break;
            }
        }
    }

    /**
     * "Ann and Treasurer of the Guild Bob Roe sided with Cy", parsed with "Ann" as part of Bob Roe's name: a name
     * joined by "and" to a later one is its first conjunct and shares its edges.
     */
    private static void splitNamesReadAsCompounds(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord head = e.getGovernor();
            IndexedWord first = e.getDependent();
            if (!e.getRelation().toString().equals("compound") || first.index() >= head.index()) {
                continue;
            }
            Mention firstName = personName(first, mentions);
            Mention headName = personName(head, mentions);
            if (firstName == null || headName == null || firstName.equals(headName) || !andBetween(g, first, head)) {
                continue;
            }
            g.removeEdge(e);
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(head))) {
                addEdge(g, in.getGovernor(), first, in.getRelation().toString());
            }
            addEdge(g, first, head, "conj:and");
        }
    }

    /** The person's name mention {@code w} heads, or null. */
    private static Mention personName(IndexedWord w, List<Mention> mentions) {
        return nameHeadedBy(w, mentions, m -> m.type() == EntityType.PERSON);
    }

    private static boolean andBetween(SemanticGraph g, IndexedWord from, IndexedWord to) {
        for (int i = from.index() + 1; i < to.index(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w != null && w.word().equalsIgnoreCase("and")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "In 1950 Ann Roe, Bob Lee and Cy Fox founded X", parsed with "1950 Ann Roe" as the object of "In" and only the
     * later names as subjects: the glued name, a comma before the first subject, is a subject too.
     */
    private static void restoreGluedFirstConjunct(SemanticGraph g, IndexedWord verb, List<Mention> mentions) {
        int firstSubject = Integer.MAX_VALUE;
        String subjectRel = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && e.getDependent().index() < firstSubject) {
                firstSubject = e.getDependent().index();
                subjectRel = rel;
            }
        }
        for (SemanticGraphEdge e : new ArrayList<>(g.outgoingEdgeList(verb))) {
            IndexedWord noun = e.getDependent();
            if (!e.getRelation().toString().startsWith("obl") || noun.index() > firstSubject || !isPersonHead(noun, mentions)) {
                continue;
            }
            IndexedWord date = dateModifier(g, noun);
            IndexedWord comma = g.getNodeByIndexSafe(noun.index() + 1);
            if (date == null || comma == null || !comma.word().equals(",") || !isPersonHead(g.getNodeByIndexSafe(firstSubject), mentions)) {
                continue;
            }
            g.removeEdge(e);
            addEdge(g, verb, noun, subjectRel);
            SemanticGraphEdge nummod = g.getEdge(noun, date);
            if (nummod != null) {
                g.removeEdge(nummod);
                addEdge(g, verb, date, e.getRelation().toString());
            }
            return;
        }
    }

    /** The relation a subject has to {@code verb}: {@code nsubj:pass} under a passive auxiliary, else {@code nsubj}. */
    private static String subjectRelation(SemanticGraph g, IndexedWord verb) {
        boolean passive = g.outgoingEdgeList(verb).stream().anyMatch(x -> x.getRelation().toString().equals("aux:pass"));
        return passive ? "nsubj:pass" : "nsubj";
    }

    /** "Ann's place": a noun a person's name is the possessor of. */
    private static boolean hasPersonPossessor(SemanticGraph g, IndexedWord noun, List<Mention> mentions) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            if (e.getRelation().toString().equals("nmod:poss") && isPersonHead(e.getDependent(), mentions)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonHead(IndexedWord w, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.covers(w.index() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static IndexedWord dateModifier(SemanticGraph g, IndexedWord noun) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(noun)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            if ((rel.equals("nummod") || rel.equals("compound")) && d.index() < noun.index() && DATE_TAGS.contains(d.ner())) {
                return d;
            }
        }
        return null;
    }

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their");

    /** Moves an apposition of people from a body ("of the Guild (Ann, Bob)") to the plural noun it modifies. */
    private static void reattachMemberLists(SemanticGraph g, List<Mention> mentions) {
        for (SemanticGraphEdge e : new ArrayList<>(g.edgeListSorted())) {
            IndexedWord body = e.getGovernor();
            IndexedWord member = e.getDependent();
            String rel = e.getRelation().toString();
            if (!(rel.equals("appos") || rel.equals("dep")) || member.index() < body.index() || !isPersonHead(member, mentions)
                    || !isBodyName(body, mentions)) {
                continue;
            }
            for (SemanticGraphEdge up : g.incomingEdgeList(body)) {
                IndexedWord group = up.getGovernor();
                if (up.getRelation().toString().startsWith("nmod") && group.index() < body.index()
                        && isGroupNoun(group, listedPeople(g, member, mentions).size(), mentions)) {
                    g.removeEdge(e);
                    addEdge(g, group, member, "appos");
                    break;
                }
            }
        }
    }

    /**
     * Gives the people listed beside a plural noun ("the secretaries (Ann, Bob)") or a noun for part of a group
     * ("the rest of the Guild (Ann, Bob, Cy)") the noun's own edges.
     */
    private static void spreadGroupsToMembers(SemanticGraph g, List<Mention> mentions) {
        for (IndexedWord group : new ArrayList<>(g.vertexSet())) {
            if (!group.tag().startsWith("NN")) {
                continue;
            }
            List<IndexedWord> members = new ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeList(group)) {
                String rel = e.getRelation().toString();
                // "members (Ann, Bob, Cy)": an apposition, or a dep the parser hangs on the noun right before the list
                boolean listed = rel.equals("appos") || rel.equals("dep") && opensParenthesisAfter(g, group, e.getDependent(), mentions);
                if (listed && isPersonHead(e.getDependent(), mentions)) {
                    for (IndexedWord m : listedPeople(g, e.getDependent(), mentions)) {
                        if (!members.contains(m)) {
                            members.add(m);
                        }
                    }
                }
            }
            if (members.isEmpty() || !isGroupNoun(group, members.size(), mentions)) {
                continue;
            }
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(group))) {
                String rel = in.getRelation().toString();
                if (!rel.startsWith("conj") && !rel.equals("appos")) {
                    for (IndexedWord m : members) {
                        addEdge(g, in.getGovernor(), m, rel);
                    }
                }
            }
            for (SemanticGraphEdge out : new ArrayList<>(g.outgoingEdgeList(group))) {
                if (out.getRelation().toString().startsWith("acl")) {
                    for (IndexedWord m : members) {
                        addEdge(g, m, out.getDependent(), out.getRelation().toString());
                    }
                }
            }
        }
    }

    /**
     * Points a plural pronoun at the people (or groups) coordinated before it in the same sentence: the
     * nearest preceding coordination whose every member is a person or organization name.
     */
    private static void resolvePluralPronouns(SemanticGraph g, List<Mention> mentions) {
        for (IndexedWord pronoun : new ArrayList<>(g.vertexSet())) {
            if (!pronoun.tag().startsWith("PRP") || !PLURAL_PRONOUNS.contains(pronoun.word().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            List<IndexedWord> antecedents = null;
            for (IndexedWord first : g.vertexListSorted()) {
                if (first.index() >= pronoun.index() || !isNameHead(first, mentions)) {
                    continue;
                }
                List<IndexedWord> group = new ArrayList<>(List.of(first));
                for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
                    if (e.getRelation().toString().equals("conj:and") && e.getDependent().index() < pronoun.index()) {
                        group.add(e.getDependent());
                    }
                }
                if (group.size() > 1 && group.stream().allMatch(w -> isNameHead(w, mentions))) {
                    antecedents = group; // the nearest one wins: later coordinations overwrite earlier ones
                }
            }
            if (antecedents == null) {
                continue;
            }
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(pronoun))) {
                for (IndexedWord a : antecedents) {
                    addEdge(g, in.getGovernor(), a, in.getRelation().toString());
                }
            }
        }
    }

    /** The head of an organization's or place's name: a body the plural noun before it is "of". */
    private static boolean isBodyName(IndexedWord w, List<Mention> mentions) {
        return headsName(w, mentions, m -> m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PLACE);
    }

    /** "members (Ann …": the name's mention begins right after a parenthesis that opens right after {@code noun}. */
    private static boolean opensParenthesisAfter(SemanticGraph g, IndexedWord noun, IndexedWord name, List<Mention> mentions) {
        IndexedWord open = g.getNodeByIndexSafe(noun.index() + 1);
        if (open == null || !(open.word().equals("(") || open.word().equals("-LRB-"))) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.covers(name.index() - 1) && m.begin() == open.index()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people a parenthetical list names, from its first name: the parser chains "(Ann, Bob, Cy)" as appositions
     * or conjuncts of the first.
     */
    private static List<IndexedWord> listedPeople(SemanticGraph g, IndexedWord first, List<Mention> mentions) {
        List<IndexedWord> people = new ArrayList<>(List.of(first));
        for (SemanticGraphEdge e : g.outgoingEdgeList(first)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if ((rel.equals("appos") || rel.startsWith("conj")) && d.index() > first.index() && isPersonHead(d, mentions)
                    && !people.contains(d)) {
                people.add(d);
            }
        }
        return people;
    }

    /**
     * A common noun that stands for the people listed beside it: a plural ("the secretaries (Ann, Bob)"), or a
     * singular noun beside two or more people ("the rest of the Guild (Ann, Bob)"), which names part of a group.
     */
    private static boolean isGroupNoun(IndexedWord w, int listed, List<Mention> mentions) {
        return isPluralNoun(w, mentions) || w.tag().equals("NN") && listed >= 2 && !isNameHead(w, mentions);
    }

    /** A plural common noun ("secretaries", "the three Secretaries"), not a group's name ("the Greens"). */
    private static boolean isPluralNoun(IndexedWord w, List<Mention> mentions) {
        return (w.tag().equals("NNS") || w.tag().equals("NNPS")) && !isNameHead(w, mentions);
    }

    private static final Set<String> CORE_ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj");

    private static void resolveIts(SemanticGraph g, List<Mention> mentions) {
        for (IndexedWord its : new ArrayList<>(g.vertexSet())) {
            if (!its.word().equalsIgnoreCase("its") || !its.tag().startsWith("PRP")) {
                continue;
            }
            IndexedWord group = null;
            for (SemanticGraphEdge e : g.edgeListSorted()) {
                IndexedWord w = e.getDependent();
                if (CORE_ARGUMENTS.contains(e.getRelation().toString()) && w.index() < its.index() && isGroupName(w, mentions)
                        && (group == null || w.index() > group.index())) {
                    group = w;
                }
            }
            if (group == null) {
                continue;
            }
            for (SemanticGraphEdge in : new ArrayList<>(g.incomingEdgeList(its))) {
                addEdge(g, in.getGovernor(), group, in.getRelation().toString());
            }
        }
    }

    /** An organization's name, or a one-word name NER took for a person (group names often are). */
    private static boolean isGroupName(IndexedWord w, List<Mention> mentions) {
        return headsName(w, mentions, m -> m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON && m.length() == 1);
    }

    private static boolean isNameHead(IndexedWord w, List<Mention> mentions) {
        return headsName(w, mentions, m -> m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION);
    }

    /** Whether {@code w} heads a name mention that {@code kind} accepts. */
    private static boolean headsName(IndexedWord w, List<Mention> mentions, java.util.function.Predicate<Mention> kind) {
        return nameHeadedBy(w, mentions, kind) != null;
    }

    /** The name mention {@code w} heads that {@code kind} accepts, or null. */
    private static Mention nameHeadedBy(IndexedWord w, List<Mention> mentions, java.util.function.Predicate<Mention> kind) {
        for (Mention m : mentions) {
            if (m.head() == w.index() - 1 && m.kind() == Mention.Kind.NAME && kind.test(m)) {
                return m;
            }
        }
        return null;
    }

    private static void addEdge(SemanticGraph g, IndexedWord gov, IndexedWord dep, String rel) {
        if (gov.equals(dep)) {
            return;
        }
        for (SemanticGraphEdge e : g.getAllEdges(gov, dep)) {
            if (e.getRelation().toString().equals(rel)) {
                return;
            }
        }
        g.addEdge(gov, dep, GrammaticalRelation.valueOf(Language.UniversalEnglish, rel), 1.0, false);
    }
}
