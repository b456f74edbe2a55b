package org.biokg.eval;

import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of annotated documents, one sub-folder each ({@code text.txt}, {@code facts.tsv},
 * {@code entities.tsv}, an optional {@code SCOPE}: the whole text when absent), and an optional
 * {@code split.tsv} ({@code document TAB part}) that puts every document in the development or the
 * measured part. Without a split file every document is development.
 */
public final class GoldCorpus {
    public static final String TEXT = "text.txt";
    public static final String SPLIT = "split.tsv";

    private final Path dir;
    private final List<GoldDocument> documents;

    private GoldCorpus(Path dir, List<GoldDocument> documents) {
        this.dir = dir;
        this.documents = List.copyOf(documents);
    }

    /** Whether {@code dir} is a corpus (sub-folders with gold sets) rather than one gold folder. */
    public static boolean isCorpus(Path dir) {
        if (!Files.isDirectory(dir) || Files.isRegularFile(dir.resolve(GoldSet.FACTS))) {
            return false;
        }
        return !documentFolders(dir).isEmpty();
    }

    public static GoldCorpus load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw BiokgException.badInput("gold folder not found: " + dir);
        }
        List<Path> folders = documentFolders(dir);
        if (folders.isEmpty()) {
            throw BiokgException.badInput(dir + ": no document folders with " + GoldSet.FACTS);
        }
        Map<String, CorpusPart> split = readSplit(dir, folders);
        List<GoldDocument> docs = new ArrayList<>();
        for (Path folder : folders) {
            String id = folder.getFileName().toString();
            Path text = folder.resolve(TEXT);
            if (!Files.isRegularFile(text)) {
                throw BiokgException.badInput("gold folder " + folder + ": missing " + TEXT);
            }
            docs.add(new GoldDocument(id, text, GoldSet.loadDocument(folder), split.getOrDefault(id, CorpusPart.DEVELOPMENT)));
        }
        return new GoldCorpus(dir, docs);
    }

    public Path dir() {
        return dir;
    }

    public List<GoldDocument> documents() {
        return documents;
    }

    /** The documents of one part, or all of them when {@code part} is null. */
    public List<GoldDocument> documents(CorpusPart part) {
        return part == null ? documents : documents.stream().filter(d -> d.part() == part).toList();
    }

    private static List<Path> documentFolders(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(GoldSet.FACTS))).sorted().toList();
        } catch (IOException e) {
            throw BiokgException.badInput("cannot list " + dir + ": " + e.getMessage());
        }
    }

    /** Reads split.tsv; every line names a document folder and a part, and every folder has a line. */
    private static Map<String, CorpusPart> readSplit(Path dir, List<Path> folders) {
        Path file = dir.resolve(SPLIT);
        Map<String, CorpusPart> split = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return split;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + file + ": " + e.getMessage());
        }
        List<String> known = folders.stream().map(p -> p.getFileName().toString()).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.startsWith("document\t"))) {
                continue;
            }
            String[] cols = line.split("\t");
            CorpusPart part = cols.length == 2 ? CorpusPart.of(cols[1]) : null;
            if (part == null) {
                throw BiokgException.badInput(file + ":" + (i + 1) + ": expected 'document<TAB>development|measured'");
            }
            if (!known.contains(cols[0].strip())) {
                throw BiokgException.badInput(file + ":" + (i + 1) + ": no document folder '" + cols[0].strip() + "'");
            }
            split.put(cols[0].strip(), part);
        }
        for (String id : known) {
            if (!split.containsKey(id)) {
                throw BiokgException.badInput(file + ": document '" + id + "' is in no part");
            }
        }
        return split;
    }
}
