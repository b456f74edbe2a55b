package org.biokg.rdf;

import org.biokg.extract.DateSource;
import org.biokg.extract.Entity;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.extract.Relation;
import org.biokg.extract.TimeValue;
import org.biokg.rdf.IriMinter.EntityKey;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The statements of a build: every fact of every result as a reified statement, merged by IRI, so that a fact
 * read in several documents is one statement with all its evidence. A symmetric fact gives one statement per
 * direction ("Ann allied with Bo" is also "Bo allied with Ann"), each with its evidence seen from that side.
 */
final class FactStatements {
    private FactStatements() {
    }

    /** A reified fact: one direction of one triple, with its term dates and the evidence oriented to it. */
    record StatementSpec(EntityKey subject, Relation relation, EntityKey object, TimeValue date,
                         TimeValue start, TimeValue end, EntityKey body, Set<Evidence> evidence,
                         DateSource startSource, DateSource endSource) {
    }

    /**
     * The statements of all facts, by IRI, in the order the facts come.
     *
     * @param bodyOf the body of an office fact (the extractor's, else the one {@link OfficeBodies} found), or null
     * @throws IllegalArgumentException when a fact has no evidence
     */
    static Map<String, StatementSpec> of(List<ExtractionResult> results, IriMinter minter, EntityResources entities,
                                         Function<Fact, Entity> bodyOf) {
        Map<String, StatementSpec> statements = new LinkedHashMap<>();
        for (ExtractionResult r : results) {
            for (Fact f : r.facts()) {
                if (f.evidence().isEmpty()) {
                    throw new IllegalArgumentException("fact without evidence: " + f);
                }
                add(statements, f, false, minter, entities, bodyOf);
                if (f.relation().symmetric() && !EntityResources.key(f.subject()).equals(EntityResources.key(f.object()))) {
                    add(statements, f, true, minter, entities, bodyOf);
                }
            }
        }
        return statements;
    }

    private static void add(Map<String, StatementSpec> statements, Fact f, boolean reversed, IriMinter minter,
                            EntityResources entities, Function<Fact, Entity> bodyOf) {
        EntityKey s = EntityResources.key(reversed ? f.object() : f.subject());
        EntityKey o = f.object() == null ? null : EntityResources.key(reversed ? f.subject() : f.object());
        EntityKey body = bodyOf.apply(f) == null ? null : EntityResources.key(bodyOf.apply(f));
        String iri = minter.fact(entities.iri(s), f.relation().id(),
                o != null ? entities.iri(o) : "date:" + f.date().iso(),
                iso(f.start()), iso(f.end()), body != null ? entities.iri(body) : null);
        StatementSpec spec = statements.computeIfAbsent(iri, k -> new StatementSpec(s, f.relation(), o, f.date(),
                f.start(), f.end(), body, new LinkedHashSet<>(), f.startSource(), f.endSource()));
        for (Evidence ev : f.evidence()) {
            spec.evidence().add(reversed ? swapMentions(ev) : ev);
        }
    }

    /** The same evidence seen from the other direction of a symmetric fact. */
    private static Evidence swapMentions(Evidence ev) {
        return new Evidence(ev.documentId(), ev.sentenceIndex(), ev.sentence(), ev.sentenceText(), ev.objectSpan(),
                ev.subjectSpan(), ev.rule(), ev.confidence(), ev.repairs());
    }

    /** The statement's confidence: its independent pieces of evidence reinforce each other, as in {@link Fact#confidence()}. */
    static double confidence(StatementSpec spec) {
        double disbelief = 1.0;
        for (Evidence e : spec.evidence()) {
            disbelief *= 1.0 - e.confidence();
        }
        return round(1.0 - disbelief);
    }

    /** Four decimals: enough for a confidence, and no 0.9099999999999999 in the output. */
    static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    static String iso(TimeValue t) {
        return t == null ? null : t.iso();
    }
}
