package org.biokg.text;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.biokg.BiokgException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The documents a build reads: text (or HTML) files, folders of {@code .txt} files, and JSON-lines corpora
 * ({@code .jsonl}, {@code .ndjson}, either gzipped), one {@code {"id", "title", "text"}} object a line. Read
 * lazily, one document at a time, so a corpus of a million lines never sits in memory; a document that cannot
 * be read (a malformed line, an empty text, a binary file) is an {@link Entry} whose {@link Entry#read()}
 * throws, so the caller can report it and go on with the others.
 * <pre>
 * for (Corpus.Entry e : Corpus.of(List.of(Path.of("shelf.jsonl.gz")), new SourceReader())) { e.read(); … }
 * </pre>
 */
public final class Corpus implements Iterable<Corpus.Entry> {
    private final List<Path> files;
    private final SourceReader reader;

    private Corpus(List<Path> files, SourceReader reader) {
        this.files = files;
        this.reader = reader;
    }

    /** One document of the corpus: where it is (for messages) and how to read it. */
    public record Entry(String where, Supplier<Source> reader) {
        /** The document's text, checked like a file's; throws {@link BiokgException} when it cannot be read. */
        public Source read() {
            return reader.get();
        }
    }

    /**
     * The corpus named by {@code inputs}. An input that does not exist, or a folder with nothing to read, is
     * refused at once: that is a mistake in the command, not in one document.
     */
    public static Corpus of(List<Path> inputs, SourceReader reader) {
        if (inputs.isEmpty()) {
            throw BiokgException.badInput("no input given");
        }
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw BiokgException.badInput(input + ": no such file or folder");
            }
            if (Files.isDirectory(input)) {
                List<Path> inFolder = listFolder(input);
                if (inFolder.isEmpty()) {
                    throw BiokgException.badInput(input + ": folder holds no .txt or .jsonl file");
                }
                files.addAll(inFolder);
            } else {
                files.add(input);
            }
        }
        return new Corpus(List.copyOf(files), reader);
    }

    /** The files to read: plain files and corpora (a folder is expanded). */
    public List<Path> files() {
        return files;
    }

    /** Whether {@code file} is a JSON-lines corpus rather than one biography, from its name. */
    public static boolean isJsonLines(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz");
    }

    /** How many documents there are (one pass over the corpora's lines); for progress with an ETA. */
    public int count() {
        int n = 0;
        for (Path f : files) {
            if (!isJsonLines(f)) {
                n++;
                continue;
            }
            try (BufferedReader in = open(f)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        n++;
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                n++; // reported as a failed document when it is read
            }
        }
        return n;
    }

    @Override
    public Iterator<Entry> iterator() {
        return new Iterator<>() {
            private int next;
            private Iterator<Entry> lines;

            @Override
            public boolean hasNext() {
                while (lines == null || !lines.hasNext()) {
                    if (lines instanceof JsonLines j) {
                        j.close();
                    }
                    if (next >= files.size()) {
                        return false;
                    }
                    Path f = files.get(next++);
                    lines = isJsonLines(f) ? new JsonLines(f) : List.of(new Entry(f.toString(), () -> reader.read(f))).iterator();
                }
                return true;
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return lines.next();
            }
        };
    }

    private static List<Path> listFolder(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> Files.isRegularFile(p)
                            && (p.getFileName().toString().endsWith(".txt") || isJsonLines(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw BiokgException.badInput(folder + ": cannot list folder: " + e.getMessage());
        }
    }

    private static BufferedReader open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        // Malformed UTF-8 in one line must not end the corpus: the replaced characters fail that line's checks.
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    /** The documents of one JSON-lines file, a line at a time; an unreadable file is one failed entry. */
    private final class JsonLines implements Iterator<Entry> {
        private final Path file;
        private BufferedReader in;
        private Entry pending;
        private int lineNumber;
        private boolean done;

        JsonLines(Path file) {
            this.file = file;
            try {
                in = open(file);
            } catch (IOException e) {
                pending = failed(file.toString(), "cannot read: " + e.getMessage());
                done = true;
            }
        }

        @Override
        public boolean hasNext() {
            while (pending == null && !done) {
                String line;
                try {
                    line = in.readLine();
                } catch (IOException e) {
                    // A truncated gzip: what was read stands, the rest is one failure.
                    pending = failed(file + ":" + (lineNumber + 1), "cannot read the rest of the corpus: " + e.getMessage());
                    done = true;
                    break;
                }
                if (line == null) {
                    done = true;
                    break;
                }
                lineNumber++;
                if (!line.isBlank()) {
                    pending = entry(line, file + ":" + lineNumber);
                }
            }
            return pending != null;
        }

        @Override
        public Entry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry e = pending;
            pending = null;
            return e;
        }

        void close() {
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException ignored) {
                // read-only; nothing is lost
            }
        }

        private Entry entry(String line, String where) {
            return record(line, where, file.getFileName() + "-" + lineNumber, reader);
        }
    }

    /**
     * One line of a JSON-lines corpus as a document, checked and named as {@link #of} names it: the id is the
     * record's {@code id} (else its {@code title}, else {@code fallbackId}) made safe, the name {@code where (title)}.
     * A malformed line or one without text is a failed entry. The Spark job reads corpora with Spark and turns each
     * line into a document here.
     *
     * @param where      where the line is, for messages: {@code file:line}
     * @param fallbackId the id of a record with neither id nor title
     */
    public static Entry record(String line, String where, String fallbackId, SourceReader reader) {
        JsonObject o;
        try {
            JsonElement e = JsonParser.parseString(line);
            if (!e.isJsonObject()) {
                return failed(where, "not a JSON object");
            }
            o = e.getAsJsonObject();
        } catch (JsonParseException e) {
            return failed(where, "not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
        String text = string(o, "text");
        String title = string(o, "title");
        String id = string(o, "id");
        if (text == null) {
            return failed(where, "no \"text\" field");
        }
        String docId = SourceReader.safeId(id != null ? id : title != null ? title : fallbackId);
        String name = where + " (" + (title != null ? title : docId) + ")";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Entry(name, () -> reader.read(docId, name, bytes));
    }

    private static Entry failed(String where, String why) {
        return new Entry(where, () -> {
            throw BiokgException.badInput(where + ": " + why);
        });
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() || !e.isJsonPrimitive() ? null : e.getAsString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
