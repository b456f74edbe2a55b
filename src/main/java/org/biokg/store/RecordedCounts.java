package org.biokg.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the last committed write recorded about a database: its triples (default graph) and quads (named
 * graphs), in a small file {@value #FILE_NAME} beside the database's data. A load writes it when the database
 * is complete; a write transaction writes the counts it is about to commit as pending just before its commit
 * point and makes them the recorded ones once committed, so a kill between the two leaves a file that still
 * names the state the database is in.
 *
 * @param triples        triples in the default graph
 * @param quads          statements in named graphs
 * @param pendingTriples the counts of a commit under way, or -1
 * @param pendingQuads   likewise
 */
record RecordedCounts(long triples, long quads, long pendingTriples, long pendingQuads) {
    static final String FILE_NAME = "biokg-counts.properties";

    static RecordedCounts of(Counting.Counts c) {
        return new RecordedCounts(c.triples(), c.quads(), -1, -1);
    }

    RecordedCounts pending(Counting.Counts c) {
        return new RecordedCounts(triples, quads, c.triples(), c.quads());
    }

    /** True when the database holds what was recorded, or what the commit under way was about to make it. */
    boolean matches(Counting.Counts c) {
        return (c.triples() == triples && c.quads() == quads)
                || (c.triples() == pendingTriples && c.quads() == pendingQuads);
    }

    /** The recorded counts, empty for a database written before biokg kept them (or when the file is damaged). */
    static Optional<RecordedCounts> read(Path generation) {
        String text;
        try {
            text = Files.readString(generation.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
            return Optional.of(new RecordedCounts(number(p, "triples"), number(p, "quads"),
                    Long.parseLong(p.getProperty("pendingTriples", "-1").trim()),
                    Long.parseLong(p.getProperty("pendingQuads", "-1").trim())));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static long number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null)
            throw new IllegalArgumentException("no " + key);
        return Long.parseLong(v.trim());
    }

    /** Writes the file beside the old one, synced, and renames it into place. */
    void write(Path generation) throws IOException {
        Properties p = new Properties();
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("quads", Long.toString(quads));
        if (pendingTriples >= 0) {
            p.setProperty("pendingTriples", Long.toString(pendingTriples));
            p.setProperty("pendingQuads", Long.toString(pendingQuads));
        }
        StringWriter w = new StringWriter();
        p.store(w, "biokg: what the last committed write left in this database (checked when it opens)");
        Path tmp = generation.resolve(FILE_NAME + ".tmp");
        Files.writeString(tmp, w.toString(), StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, generation.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
