package org.biokg.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;

import java.util.ArrayList;
import java.util.List;

/** Small SPARQL helpers for tests; queries get the standard prefixes. */
final class Sparql {
    private Sparql() {
    }

    static boolean ask(Model model, String where) {
        try (QueryExecution qe = QueryExecution.model(model).query(Prefixes.sparql(BIOKG.RESOURCE_BASE)
                + "ASK { " + where + " }").build()) {
            return qe.execAsk();
        }
    }

    static List<QuerySolution> select(Model model, String query) {
        try (QueryExecution qe = QueryExecution.model(model).query(Prefixes.sparql(BIOKG.RESOURCE_BASE) + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    static List<QuerySolution> select(Dataset dataset, String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(Prefixes.sparql(BIOKG.RESOURCE_BASE) + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
