package org.biokg.serve;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.DSP;
import org.biokg.BiokgException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Replaces the whole dataset of a running biokg server through its authenticated Graph Store endpoint
 * ({@code PUT /biokg/data} with N-Quads, basic auth): one write transaction on the server, so its readers see
 * the old graph or the new one, never half. How {@code biokg add} and {@code remove} reach a store that a
 * running {@code up} or {@code serve} holds.
 */
public final class RemoteStore {
    private RemoteStore() {
    }

    /**
     * @param server the server's base URL, e.g. {@code http://127.0.0.1:3030}
     */
    public static void replace(String server, Dataset dataset, String user, String password) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        String endpoint = base + "/" + BiokgServer.DATASET + "/data";
        EndpointErrors.checkUrl(endpoint);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            DSP.service(endpoint).httpHeader("Authorization", "Basic " + credentials)
                    .contentType(RDFFormat.NQUADS).PUT(dataset.asDatasetGraph());
        } catch (RuntimeException e) {
            BiokgException x = EndpointErrors.of(endpoint, e);
            if (x.getMessage().contains("HTTP 401")) {
                throw new BiokgException(BiokgException.USAGE, endpoint + " refused the password (HTTP 401): give the "
                        + "password file the server was started with", e);
            }
            if (x.getMessage().contains("HTTP 404") || x.getMessage().contains("HTTP 405")) {
                throw new BiokgException(BiokgException.USAGE, endpoint + " takes no writes: start the server with "
                        + "--password-file FILE", e);
            }
            throw x;
        }
    }
}
