package org.biokg.extract.repair;

import edu.stanford.nlp.semgraph.SemanticGraph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the parse repairs over one sentence's graph in the order {@code repairs.txt} lists them (each the repairs
 * before it have run on), logging every edge each adds under its id. A repair is a class, or a Ssurgeon pattern of
 * {@code repairs.ssurgeon.xml} ({@link SsurgeonRepair}); the list says when each runs either way. The graph changes
 * in place; running again on a repaired graph changes nothing.
 */
public final class ParseRepairs {
    static final String ORDER = "org/biokg/extract/repair/repairs.txt";

    private final List<Repair> inOrder;

    private ParseRepairs(List<Repair> inOrder) {
        this.inOrder = List.copyOf(inOrder);
    }

    /** Every repair, in the listed order. */
    public static ParseRepairs defaults() {
        return inOrder(all(), listedIds());
    }

    /** The repairs of {@code known} in the order of {@code ids}: every id must be known, and every known repair listed. */
    static ParseRepairs inOrder(List<Repair> known, List<String> ids) {
        Map<String, Repair> byId = new LinkedHashMap<>();
        for (Repair r : known) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalStateException("two repairs with the id " + r.id());
            }
        }
        List<Repair> order = new ArrayList<>();
        for (String id : ids) {
            Repair r = byId.remove(id);
            if (r == null) {
                throw new IllegalStateException(ORDER + ": unknown or repeated repair " + id);
            }
            order.add(r);
        }
        if (!byId.isEmpty()) {
            throw new IllegalStateException(ORDER + ": repairs not listed: " + byId.keySet());
        }
        return new ParseRepairs(order);
    }

    /** The ids, in the order they run. */
    public List<String> ids() {
        return inOrder.stream().map(Repair::id).toList();
    }

    /** Repairs {@code g} in place, adding what each repair did to {@code log} (a new log, or the sentence's last one). */
    public RepairLog run(SemanticGraph g, List<NamedSpan> names, RepairLog log) {
        for (Repair r : inOrder) {
            r.apply(new ParseUnderRepair(g, names, log, r.id()));
        }
        return log;
    }

    /** The repairs written as classes, then those written as Ssurgeon patterns. */
    private static List<Repair> all() {
        List<Repair> all = new ArrayList<>(List.of(new ReadNamesAsOnePhrase(), new RestoreGluedSubjects(), new DropSubjectsReadAfterTheirVerbs(), new SplitNamesReadAsCompounds(), new ReattachMemberLists(), new ReadTitlesAfterBodiesAsSecondTitles(),
                new SpreadGroupsToMembers(), new ResolvePluralPronouns(), new ResolveIts(), new RestoreSecondClauses(),
                new HoistAsPhrasesFromAdverbs(), new RestoreFiniteVerbsReadAsModifiers(), new ReadNamesAfterNounsAsAppositions(), new ReadKinAppositionsOfPlacesAsTheSubjects(), new ReadRelativeClausesAsTheNearestNames(), new ReadRelativeClausesOfPredicatesAsTheSubjects(), new RestoreSubjectsAfterRelativeClauses(), new ReadThereAsAPlacePhrase(), new ReadPlaceKindsAsTheirNames(),
                new ReadLaterDescriptionsAsAppositions(), new ReadDescriptionsReadAsSecondObjects(),
                new ReadNamesAfterOfPhrasesAsAppositions(), new ReadLaterNamesAsSecondOfObjects(),
                new ReadPassiveObjectsAsAppositions(), new RestoreObjectsReadAsPassiveSubjects(), new ShareSubjectsWithEarlierConjuncts(),
                new ShareSubjectsWithCompanions(), new ShareSubjectsWithPurposeClauses(), new ShareLaterPhrasesWithConjuncts(),
                new PassArgumentsToAppositiveNames(), new PassPlacesToWiderPlaces(), new RestoreDestinationsReadAsSubjects(),
                new ReadOpeningDescriptionsOfTheSubject(), new ShareSubjectsWithParticipleClauses()));
        all.addAll(SsurgeonRepair.load());
        return all;
    }

    /** The ids of {@code repairs.txt}: the first word of each line that is not blank or a comment. */
    static List<String> listedIds() {
        InputStream in = ParseRepairs.class.getClassLoader().getResourceAsStream(ORDER);
        if (in == null) {
            throw new IllegalStateException("missing resource " + ORDER);
        }
        List<String> ids = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    ids.add(t.split("\\s+", 2)[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}
