package org.biokg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.biokg.extract.EntityType;
import org.biokg.extract.Relation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts of a built dataset, for the build command's report: entities by type and facts by relation in the
 * asserted graph, candidate facts, triples per graph. A symmetric fact counts once, though it is stored in
 * both directions.
 *
 * @param entitiesByType    entity class label ({@code Person}) -> entities of that type in the asserted graph
 * @param factsByRelation   relation id ({@code alliedWith}) -> asserted facts, in {@link Relation} order
 * @param candidateFacts    relation id -> facts in the candidates graph
 * @param assertedTriples   triples in the default graph
 * @param candidateTriples  triples in the candidates graph
 */
public record GraphStats(Map<String, Integer> entitiesByType, Map<String, Integer> factsByRelation,
                         Map<String, Integer> candidateFacts, long assertedTriples, long candidateTriples) {

    public static GraphStats of(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Graph asserted = dsg.getDefaultGraph();
        Node candidatesName = NodeFactory.createURI(BIOKG.CANDIDATES_GRAPH);
        Graph candidates = dsg.containsGraph(candidatesName) ? dsg.getGraph(candidatesName) : null;

        Map<String, Integer> entities = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            int n = asserted.find(Node.ANY, RDF.type.asNode(), BIOKG.type(type).asNode()).toList().size();
            entities.put(type.label(), n);
        }
        return new GraphStats(entities, facts(asserted), candidates == null ? facts(null) : facts(candidates),
                asserted.size(), candidates == null ? 0 : candidates.size());
    }

    private static Map<String, Integer> facts(Graph g) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Relation r : Relation.values()) {
            if (g == null) {
                counts.put(r.id(), 0);
                continue;
            }
            Set<String> distinct = new HashSet<>();
            for (Triple t : g.find(Node.ANY, BIOKG.property(r).asNode(), Node.ANY).toList()) {
                String s = t.getSubject().toString();
                String o = t.getObject().toString();
                distinct.add(r.symmetric() && s.compareTo(o) > 0 ? o + " " + s : s + " " + o);
            }
            counts.put(r.id(), distinct.size());
        }
        return counts;
    }

    public int totalFacts() {
        return factsByRelation.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalCandidates() {
        return candidateFacts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalEntities() {
        return entitiesByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A few readable lines; types and relations with a zero count are left out. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("Entities: ").append(totalEntities()).append(nonZero(entitiesByType)).append('\n');
        sb.append("Facts: ").append(totalFacts()).append(nonZero(factsByRelation)).append('\n');
        sb.append("Candidate facts (below the confidence threshold): ").append(totalCandidates())
                .append(nonZero(candidateFacts)).append('\n');
        sb.append("Triples: ").append(assertedTriples).append(" asserted, ").append(candidateTriples)
                .append(" in the candidates graph\n");
        return sb.toString();
    }

    private static String nonZero(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, n) -> {
            if (n > 0) {
                sb.append(sb.length() == 0 ? " (" : ", ").append(k).append(' ').append(n);
            }
        });
        return sb.length() == 0 ? "" : sb.append(')').toString();
    }
}
