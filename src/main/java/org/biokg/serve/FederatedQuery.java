package org.biokg.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Federated query ({@code SERVICE <url>}, {@code SERVICE SILENT}, {@code SERVICE ?var}) makes the query engine
 * send HTTP requests wherever the query says: from a public endpoint, to any host the server can reach
 * (server-side request forgery). biokg refuses such queries before they run, and also tells Jena that HTTP
 * services are not allowed, so that no request leaves even for a SERVICE this check did not see.
 */
public final class FederatedQuery {
    /** The one-line answer to a query that names a SERVICE. */
    public static final String REFUSED = "federated query (SERVICE) is off: this endpoint never fetches other URLs";

    private FederatedQuery() {
    }

    /** True when the query has a SERVICE anywhere: in its pattern, a sub-query, EXISTS or NOT EXISTS. */
    public static boolean uses(Query query) {
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        }, new ExprVisitorBase());
        return found[0];
    }

    /**
     * Turns SERVICE off in a context: a dataset's (then every query and update over it inherits it) or one
     * execution's. Jena then has no way to run a SERVICE: the only executor refuses it, and HTTP services are
     * marked as not allowed.
     */
    public static Context forbid(Context context) {
        context.set(Service.httpServiceAllowed, false);
        ServiceExecutorRegistry.set(context, new ServiceExecutorRegistry().add((opExec, original, binding, cxt) -> {
            // a build error: Fuseki answers 400 to an update that fails so
            throw new QueryBuildException(REFUSED);
        }));
        return context;
    }
}
