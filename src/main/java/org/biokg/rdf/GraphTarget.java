package org.biokg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * A graph being written by a {@link GraphBuilder}, with what has already been described in it: a resource
 * (entity, sentence, document, the run) is described once per graph, the first time a statement needs it.
 */
final class GraphTarget {
    final Model model = ModelFactory.createDefaultModel();
    private final Set<String> described = new HashSet<>();

    /** True the first time it is asked for this IRI: the caller then describes the resource. */
    boolean firstTime(String iri) {
        return described.add(iri);
    }
}
