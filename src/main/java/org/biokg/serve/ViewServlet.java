package org.biokg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the network and timeline views from the classpath under {@value #PATH}/: the pages, scripts and
 * bundled libraries in {@value #RESOURCES}, and the named queries they run under {@value #PATH}/queries/NAME.rq
 * (the same files as {@code biokg query NAME}, so a view and the command line never disagree). Read-only: only
 * GET and HEAD; anything else, or a file type not listed here, is not found.
 */
final class ViewServlet extends HttpServlet {
    /** Where the views live in URLs. */
    static final String PATH = "/view";
    /** Where they live on the classpath. */
    static final String RESOURCES = "org/biokg/views/";
    private static final String QUERIES = "/queries/";

    /** File types served, by extension; text types are UTF-8. */
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml; charset=utf-8",
            "png", "image/png",
            "md", "text/markdown; charset=utf-8",
            "txt", "text/plain; charset=utf-8");
    private static final String QUERY_TYPE = "application/sparql-query; charset=utf-8";
    /** Plain relative paths only: no "..", no backslashes, no encoded characters, no hidden files. */
    private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            // "/view" without the slash: the pages use relative links, so they need the directory form.
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        if (path.equals("/"))
            path = "/index.html";
        if (!SAFE.matcher(path).matches() || path.contains("..")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (path.equals("/console.json")) {
            send(resp, "application/json; charset=utf-8", ConsolePage.configJson().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.startsWith(QUERIES)) {
            Optional<NamedQuery> q = queryAt(path.substring(QUERIES.length()));
            if (q.isEmpty()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            send(resp, QUERY_TYPE, q.get().text().getBytes(StandardCharsets.UTF_8));
            return;
        }
        String type = TYPES.get(extension(path));
        URL resource = type == null ? null : loader().getResource(RESOURCES + path.substring(1));
        if (resource == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body;
        try (InputStream in = resource.openStream()) {
            body = in.readAllBytes();
        }
        send(resp, type, body);
    }

    private static Optional<NamedQuery> queryAt(String file) {
        if (!file.endsWith(".rq"))
            return Optional.empty();
        return NamedQueries.find(file.substring(0, file.length() - ".rq".length()));
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        // Small files from the jar: always revalidate, so a new biokg version shows its new views at once.
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static ClassLoader loader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : ViewServlet.class.getClassLoader();
    }
}
