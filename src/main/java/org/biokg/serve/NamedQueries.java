package org.biokg.serve;

import org.biokg.BiokgException;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The catalogue of named queries on the classpath under {@value #RESOURCE_DIR}. */
public final class NamedQueries {
    /** Where queries/ is packed in the jar (see pom.xml resources). */
    public static final String RESOURCE_DIR = "org/biokg/queries/";
    private static final String SUFFIX = ".rq";

    private NamedQueries() {
    }

    /** Names of all named queries, sorted. */
    public static List<String> names() {
        URL dir = loader().getResource(RESOURCE_DIR);
        if (dir == null)
            return List.of();
        TreeSet<String> names = new TreeSet<>();
        try {
            if ("jar".equals(dir.getProtocol())) {
                JarURLConnection conn = (JarURLConnection) dir.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(RESOURCE_DIR) && n.endsWith(SUFFIX) && n.indexOf('/', RESOURCE_DIR.length()) < 0)
                            names.add(n.substring(RESOURCE_DIR.length(), n.length() - SUFFIX.length()));
                    }
                }
            } else {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(dir.toURI()), "*" + SUFFIX)) {
                    for (Path p : ds) {
                        String n = p.getFileName().toString();
                        names.add(n.substring(0, n.length() - SUFFIX.length()));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot list the named queries: " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }

    /** The named query, or empty when there is none by that name. */
    public static Optional<NamedQuery> find(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]+"))
            return Optional.empty();
        try (InputStream in = loader().getResourceAsStream(RESOURCE_DIR + name + SUFFIX)) {
            if (in == null)
                return Optional.empty();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new NamedQuery(name, NamedQuery.describe(text), text));
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot read named query " + name + ": " + e.getMessage(), e);
        }
    }

    /** All named queries, sorted by name. */
    public static List<NamedQuery> all() {
        List<NamedQuery> out = new ArrayList<>();
        for (String n : names())
            find(n).ifPresent(out::add);
        return out;
    }

    private static ClassLoader loader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : NamedQueries.class.getClassLoader();
    }
}
