package org.biokg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation, refusing with HTTP 400 a query that names a SERVICE (see {@link FederatedQuery})
 * before it runs, so that a public query can never make the server fetch a URL.
 */
final class QueryWithoutService extends SPARQL_QueryDataset {
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (FederatedQuery.uses(query))
            ServletOps.errorBadRequest(FederatedQuery.REFUSED);
    }
}
