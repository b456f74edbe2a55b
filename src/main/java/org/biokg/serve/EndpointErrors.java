package org.biokg.serve;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;

/** Why an endpoint could not be reached, in words: "connection refused", not "ClosedChannelException". */
final class EndpointErrors {
    private EndpointErrors() {
    }

    /** What went wrong, from the exception chain of a failed request. */
    static String reason(Throwable failure, String endpoint) {
        // The most telling cause wins: a refused connection is often reported around an unresolved name.
        if (has(failure, UnresolvedAddressException.class) || has(failure, UnknownHostException.class)) {
            return "unknown host " + host(endpoint);
        }
        if (has(failure, HttpTimeoutException.class)) {
            return "no answer in time";
        }
        if (has(failure, ConnectException.class) || has(failure, ClosedChannelException.class)) {
            return "connection refused (is 'biokg serve' running there?)";
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (kind.isInstance(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String host(String endpoint) {
        try {
            String h = java.net.URI.create(endpoint).getHost();
            return h != null ? h : endpoint;
        } catch (IllegalArgumentException e) {
            return endpoint;
        }
    }
}
