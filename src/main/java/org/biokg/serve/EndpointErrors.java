package org.biokg.serve;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.biokg.BiokgException;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One line for each way a remote SPARQL endpoint can fail a {@code biokg query --endpoint}. */
final class EndpointErrors {
    /** Jena's words for an answer in a format that is no SPARQL result, with the content type it got. */
    private static final Pattern CONTENT_TYPE = Pattern.compile("[Cc]ontent-[Tt]ype:?\\s*([\\w.+-]+/[\\w.+-]+)");

    private EndpointErrors() {
    }

    /** An endpoint must be an http or https URL with a host; anything else is a usage error. */
    static void checkUrl(String endpoint) {
        String why = null;
        try {
            URI u = new URI(endpoint);
            if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")))
                why = "give an http:// or https:// URL";
            else if (u.getHost() == null)
                why = "no host in it";
        } catch (URISyntaxException e) {
            why = "give an http:// or https:// URL";
        }
        if (why != null)
            throw new BiokgException(BiokgException.USAGE, "bad endpoint URL '" + endpoint + "': " + why);
    }

    static BiokgException of(String endpoint, RuntimeException e) {
        if (e instanceof IllegalArgumentException)
            return new BiokgException(BiokgException.USAGE, "bad endpoint URL '" + endpoint + "': " + QueryRunner.firstLine(e.getMessage()), e);
        int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode() : e instanceof HttpException h ? h.getStatusCode() : -1;
        if (status > 0) {
            int code = status == 400 ? BiokgException.BAD_INPUT : BiokgException.RUNTIME;
            String why = e instanceof QueryExceptionHTTP q && q.getResponse() != null ? q.getResponse() : e.getMessage();
            if (why != null && why.stripLeading().startsWith("<"))
                why = "an HTML page, not a SPARQL endpoint?";
            return new BiokgException(code, "endpoint " + endpoint + " answered HTTP " + status
                    + (why != null && !why.isBlank() ? ": " + QueryRunner.firstLine(why) : ""), e);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root)
            root = root.getCause();
        if (inChain(e, UnknownHostException.class) || inChain(e, UnresolvedAddressException.class))
            return unreachable(endpoint, "unknown host", e);
        if (inChain(e, ConnectException.class) || inChain(e, java.nio.channels.ClosedChannelException.class))
            return unreachable(endpoint, "connection refused (is the server running, on that port?)", e);
        if (inChain(e, HttpTimeoutException.class))
            return unreachable(endpoint, "no answer in time", e);
        Matcher m = CONTENT_TYPE.matcher(String.valueOf(e.getMessage()));
        if (m.find())
            return new BiokgException(BiokgException.BAD_INPUT, endpoint + ": not a SPARQL endpoint (answered "
                    + m.group(1).toLowerCase(Locale.ROOT) + ")", e);
        if (root instanceof java.io.IOException)
            return unreachable(endpoint, root.getMessage() != null ? QueryRunner.firstLine(root.getMessage()) : root.getClass().getSimpleName(), e);
        return new BiokgException(BiokgException.RUNTIME, "endpoint " + endpoint + ": " + brief(e), e);
    }

    private static boolean inChain(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause())
            if (type.isInstance(c))
                return true;
        return false;
    }

    private static BiokgException unreachable(String endpoint, String why, Throwable cause) {
        return new BiokgException(BiokgException.RUNTIME, "cannot reach endpoint " + endpoint + ": " + why, cause);
    }

    private static String brief(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : QueryRunner.firstLine(m);
    }
}
