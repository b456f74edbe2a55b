package org.biokg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects facts as extraction reads them: the same fact read again gains evidence (not a second fact);
 * a term's end read later ("resigned as X") completes the heldOffice fact it belongs to.
 */
public final class FactBook {
    private final Map<String, Fact> facts = new LinkedHashMap<>();

    /** Adds evidence for relation(subject, object); returns the (possibly existing) fact. */
    public Fact add(Relation relation, Entity subject, Entity object, Evidence evidence) {
        Fact probe = Fact.between(relation, subject, object);
        Fact f = facts.computeIfAbsent(probe.key(), k -> probe);
        addEvidenceTo(f, evidence);
        return f;
    }

    /** Adds evidence for a date-valued fact. */
    public Fact addDated(Relation relation, Entity subject, TimeValue date, Evidence evidence) {
        Fact probe = Fact.dated(relation, subject, date);
        Fact f = facts.computeIfAbsent(probe.key(), k -> probe);
        addEvidenceTo(f, evidence);
        return f;
    }

    /** The office term {@code person} began last and has no end yet, or null. */
    public Fact currentTerm(Entity person) {
        List<Fact> open = openTermsOf(person);
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }

    /** How many sentences back a term handed on ("was replaced by", "her place was taken by") may have been told. */
    private static final int HANDED_ON_WINDOW = 2;

    /**
     * The term of {@code person} the text told of in sentence {@code sentence} or the two before, ended or not:
     * "Ann was secretary until her death in 1919. She was replaced by Bob" hands on a term already ended; so does
     * "Ann lost her post in 1921. Bob replaced Ann in the Council. Ann's place as secretary was taken by Cy".
     */
    public Fact justToldTerm(Entity person, int sentence) {
        Fact found = null;
        int foundAt = -1;
        for (Fact f : facts.values()) {
            if (f.relation() != Relation.HELD_OFFICE || !f.subject().equals(person)) {
                continue;
            }
            for (Evidence e : f.evidence()) {
                int at = e.sentenceIndex();
                // the nearest told wins; among terms told in one sentence, the last read
                if (at <= sentence && at >= sentence - HANDED_ON_WINDOW && at >= foundAt) {
                    found = f;
                    foundAt = at;
                }
            }
        }
        return found;
    }

    /** The stays of {@code person} in {@code place} (residedIn, exiledTo) the text has not ended yet. */
    public List<Fact> openStays(Entity person, Entity place) {
        return open(f -> (f.relation() == Relation.RESIDED_IN || f.relation() == Relation.EXILED_TO)
                && f.subject().equals(person) && place.equals(f.object()));
    }

    /** The office terms {@code person} holds and the text has not ended yet, in the order they were read. */
    public List<Fact> openTermsOf(Entity person) {
        return open(f -> f.relation() == Relation.HELD_OFFICE && f.subject().equals(person));
    }

    /**
     * The office terms still open (no end yet) of office {@code office}, or of any office of body {@code office}
     * ("Chairman of the Council" for "Council"): whose end an abolished post or body marks.
     */
    public List<Fact> openTerms(Entity office) {
        String of = " of " + office.label().toLowerCase(java.util.Locale.ROOT);
        String ofThe = " of the " + office.label().toLowerCase(java.util.Locale.ROOT);
        return open(f -> {
            if (f.relation() != Relation.HELD_OFFICE) {
                return false;
            }
            String label = f.object().label().toLowerCase(java.util.Locale.ROOT);
            return f.object().equals(office) || label.endsWith(of) || label.endsWith(ofThe);
        });
    }

    /** The facts {@code which} accepts that have no end yet, in the order they were read. */
    private List<Fact> open(java.util.function.Predicate<Fact> which) {
        List<Fact> open = new ArrayList<>();
        for (Fact f : facts.values()) {
            if (f.end() == null && which.test(f)) {
                open.add(f);
            }
        }
        return open;
    }

    /**
     * Ends a term or stay at {@code end}, told in the sentence of {@code evidence} ("resigned", "was abolished"), the
     * date read where {@code from} says.
     */
    public void end(Fact f, TimeValue end, Evidence evidence, DateSource from) {
        addEvidenceTo(f, evidence);
        date(f, null, end, null, from);
    }

    /**
     * The person the text last said {@code person} married, at or before sentence {@code sentence}, or null:
     * the marriage read in the latest sentence (an infobox's list of spouses gives no order).
     */
    public Entity latestSpouse(Entity person, int sentence) {
        return latestOther(person, sentence, Set.of(Relation.SPOUSE), true);
    }

    /** The place the text last (at or before sentence {@code sentence}) put {@code person} in, or null. */
    public Entity latestPlace(Entity person, int sentence) {
        return latestOther(person, sentence, Set.of(Relation.RESIDED_IN, Relation.EXILED_TO), false);
    }

    /**
     * The other party of the {@code relations} fact about {@code person} read last at or before sentence
     * {@code sentence} (text evidence only); {@code eitherSide}: the person may be the object too.
     */
    private Entity latestOther(Entity person, int sentence, Set<Relation> relations, boolean eitherSide) {
        Entity other = null;
        int latest = -1;
        for (Fact f : facts.values()) {
            boolean about = f.subject().equals(person) || eitherSide && person.equals(f.object());
            if (!relations.contains(f.relation()) || f.object() == null || !about) {
                continue;
            }
            for (Evidence e : f.evidence()) {
                if (e.sentenceIndex() >= 0 && e.sentenceIndex() <= sentence && e.sentenceIndex() >= latest) {
                    latest = e.sentenceIndex();
                    other = f.subject().equals(person) ? f.object() : f.subject();
                }
            }
        }
        return other;
    }

    /** Adds a piece of evidence to a fact already in the book. */
    public void addEvidence(Fact f, Evidence e) {
        addEvidenceTo(f, e);
    }

    private static void addEvidenceTo(Fact f, Evidence e) {
        for (Evidence old : f.evidence()) {
            if (old.sentenceIndex() == e.sentenceIndex() && old.sentence().equals(e.sentence())) {
                return; // two rules reading the same sentence are one piece of evidence
            }
        }
        f.addEvidence(e);
    }

    /**
     * Sets a fact's start and end, and where each was read: the first reading wins (facts are read in document
     * order, and the gold convention takes the earliest date tied to a fact); a later, more precise reading of the
     * same date refines it ("1917" then "1917-10-08"), and its sentence is then the one shown.
     */
    public static void date(Fact f, TimeValue start, TimeValue end, DateSource startFrom, DateSource endFrom) {
        if (start != null && (f.start() == null || start.iso().startsWith(f.start().iso()))) {
            if (f.start() == null || !f.start().equals(start) || f.startSource() == null) {
                f.setStartSource(startFrom);
            }
            f.setStart(start);
        }
        if (end != null && (f.end() == null || end.iso().startsWith(f.end().iso()))) {
            if (f.end() == null || !f.end().equals(end) || f.endSource() == null) {
                f.setEndSource(endFrom);
            }
            f.setEnd(end);
        }
    }

    /** Dates a fact from one date mention, start or end, with the sentence (or heading) it was read in. */
    public static void date(Fact f, TimeValue start, TimeValue end, DateSource from) {
        date(f, start, end, from, from);
    }

    public List<Fact> facts() {
        return new ArrayList<>(facts.values());
    }

    /**
     * One birth (death) date per person where the text agrees with itself: "(1923–2012)" and "born 13
     * October 1923" are one fact, at the finer precision, with the evidence of both. Dates that disagree stay.
     */
    public void mergeCoarserDates() {
        for (Fact coarse : facts()) {
            if (!coarse.relation().dateValued()) {
                continue;
            }
            for (Fact fine : facts.values()) {
                if (fine != coarse && fine.relation() == coarse.relation() && fine.subject().equals(coarse.subject())
                        && fine.date().iso().length() > coarse.date().iso().length()
                        && fine.date().iso().startsWith(coarse.date().iso())) {
                    for (Evidence e : coarse.evidence()) {
                        addEvidenceTo(fine, e);
                    }
                    remove(coarse);
                    break;
                }
            }
        }
    }

    /** Drops a fact (e.g. one that a merge made reflexive). */
    public void remove(Fact f) {
        facts.remove(f.key());
    }
}
