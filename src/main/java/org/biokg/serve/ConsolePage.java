package org.biokg.serve;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.biokg.rdf.Prefixes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fuseki's console (a bundled Vue app, jena-fuseki-ui) made to speak biokg without forking it: its page is served
 * with one more script, {@code /view/console.js}, which puts the named queries in the editor's example menu and
 * the data model's prefixes in its prefix list, shows each result IRI's label beside it and hides the Manage
 * page's buttons whose admin operations are switched off. The script reads {@link #configJson()} from
 * {@code /view/console.json}. Every other request passes through untouched.
 */
final class ConsolePage implements Filter {
    /** The console page inside jena-fuseki-ui. */
    static final String UI_INDEX = "webapp/index.html";
    static final String SCRIPT = "<script src=\"./view/console.js\" defer></script>";
    private final byte[] page;

    ConsolePage() {
        this.page = withScript(readIndex()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest http && res instanceof HttpServletResponse response
                && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))
                && ("/".equals(http.getRequestURI()) || "/index.html".equals(http.getRequestURI()))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/html; charset=utf-8");
            response.setContentLength(page.length);
            response.setHeader("Cache-Control", "no-cache");
            if ("GET".equals(http.getMethod())) {
                try (OutputStream out = response.getOutputStream()) {
                    out.write(page);
                }
            }
            return;
        }
        chain.doFilter(req, res);
    }

    /** The console page with biokg's script and title. */
    static String withScript(String index) {
        String titled = index.replaceFirst("<title>[^<]*</title>", "<title>biokg console (Apache Jena Fuseki)</title>");
        int head = titled.indexOf("</head>");
        if (head < 0) {
            throw new IllegalStateException("no </head> in " + UI_INDEX);
        }
        return titled.substring(0, head) + "    " + SCRIPT + "\n  " + titled.substring(head);
    }

    private static String readIndex() {
        try (InputStream in = ConsolePage.class.getClassLoader().getResourceAsStream(UI_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + UI_INDEX + " (jena-fuseki-ui)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * {@code {"queries": [{"name", "description", "text"}...], "prefixes": [{"prefix", "uri"}...]}}: the named
     * queries the console offers (the views' own {@code view-*} ones left out) and the data model's prefixes.
     */
    static String configJson() {
        JsonArrayBuilder queries = Json.createArrayBuilder();
        for (NamedQuery q : NamedQueries.all()) {
            if (!q.name().startsWith("view-")) {
                queries.add(Json.createObjectBuilder().add("name", q.name()).add("description", q.description())
                        .add("text", q.text()));
            }
        }
        JsonArrayBuilder prefixes = Json.createArrayBuilder();
        Map<String, String> sorted = new TreeMap<>(Prefixes.standard().getNsPrefixMap());
        sorted.forEach((p, uri) -> prefixes.add(Json.createObjectBuilder().add("prefix", p).add("uri", uri)));
        StringWriter out = new StringWriter();
        Json.createWriter(out).write(Json.createObjectBuilder().add("queries", queries).add("prefixes", prefixes).build());
        return out.toString();
    }
}
