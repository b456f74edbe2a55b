package org.biokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses cross-site request forgery on the write endpoints: a browser that holds the user's basic-auth
 * credentials sends them with a form that another site posts to {@code /biokg/update}. Browsers name the page
 * a request comes from in {@code Origin} (or, failing that, {@code Referer}); a write whose origin is not this
 * server (scheme http, host and port as the request addressed them, on the port the server listens on) gets
 * 403 before it is read. Clients that send neither header (curl, scripts, Jena) are not browsers and pass on
 * to the password check.
 */
final class SameOriginWrites implements Filter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && !SAFE.contains(req.getMethod().toUpperCase(Locale.ROOT))) {
            String origin = req.getHeader("Origin");
            String header = origin != null ? "Origin" : "Referer";
            String from = origin != null ? origin : req.getHeader("Referer");
            if (from != null && !sameOrigin(from, req)) {
                refuse(resp, "cross-origin write refused: " + header + " " + from.strip() + " is not this server ("
                        + req.getScheme() + "://" + hostPort(req) + ")");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** True when the URL's scheme, host and port are those of the request and the server's own port. */
    static boolean sameOrigin(String url, HttpServletRequest req) {
        URI u;
        try {
            u = new URI(url.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (u.getScheme() == null || u.getHost() == null || !u.getScheme().equalsIgnoreCase(req.getScheme()))
            return false;
        int port = u.getPort() >= 0 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        return u.getHost().equalsIgnoreCase(req.getServerName()) && port == req.getServerPort()
                && port == req.getLocalPort();
    }

    private static String hostPort(HttpServletRequest req) {
        String host = req.getServerName();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + req.getServerPort();
    }

    private static void refuse(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("Connection", "close");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
