package org.biokg.link;

import org.biokg.TestPipelines;
import org.biokg.extract.pipeline.BiographyReader;
import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;
import org.biokg.text.Sentence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The documents whose links are judged by hand in {@code src/test/resources/link/corpus-links.tsv}: the seed and
 * the development part of the gold corpus (never the measured part), read through the shared test reader (with
 * its annotation cache) and linked in one call, as {@code biokg build --link} links them.
 */
final class LinkCorpus {
    /** The development documents of src/test/resources/gold-corpus (split.tsv); the measured ones are never read here. */
    static final List<String> DEVELOPMENT = List.of("ackerman", "benz", "beria", "bowell", "conway", "curie", "deklerk",
            "ferrer", "hawkins", "hertz", "karmal", "kerensky", "widdecombe");
    static final String SEED = "leon-trotsky";
    static final Path TABLE = Path.of("src/test/resources/link/corpus-links.tsv");

    /** One linked entity (at or above the threshold) of one document. */
    record Link(String document, Entity entity, String sentence) {
        String key() {
            return key(document, entity.label(), entity.wikipediaTitle());
        }

        static String key(String document, String label, String title) {
            return document + "\t" + label + "\t" + title;
        }
    }

    /** A row of the judged table. */
    record Judged(String document, String label, String type, String title, String verdict, String note) {
        String key() {
            return Link.key(document, label, title);
        }
    }

    private LinkCorpus() {
    }

    /** The readings of the seed and the development documents, by document name, in that order. */
    static Map<String, BiographyReader.Reading> read() {
        Map<String, BiographyReader.Reading> out = new LinkedHashMap<>();
        out.put(SEED, TestPipelines.seed());
        for (String d : DEVELOPMENT) {
            out.put(d, TestPipelines.reader().read(Path.of("src/test/resources/gold-corpus", d, "text.txt")));
        }
        return out;
    }

    /** Every entity linked at or above the linker's threshold, document by document. */
    static List<Link> links(EntityLinker linker, Map<String, BiographyReader.Reading> readings) {
        List<String> names = new ArrayList<>(readings.keySet());
        List<ExtractionResult> linked = linker.link(readings.values().stream().map(BiographyReader.Reading::result).toList());
        List<Link> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            BiographyReader.Reading reading = readings.get(names.get(i));
            for (Entity e : linked.get(i).subjectAndEntities()) {
                if (e.wikipediaTitle() != null && e.linkConfidence() >= linker.threshold()) {
                    out.add(new Link(names.get(i), e, sentence(reading, e)));
                }
            }
        }
        return out;
    }

    /** The first sentence that names the entity (label first, then its aliases), or "" when none does. */
    static String sentence(BiographyReader.Reading reading, Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.label());
        names.addAll(e.aliases());
        for (String n : names) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])");
            for (Sentence s : reading.clean().sentences()) {
                if (p.matcher(s.text()).find()) {
                    return s.text();
                }
            }
        }
        for (String n : names) {
            for (Sentence s : reading.clean().sentences()) {
                if (s.text().toLowerCase(Locale.ROOT).contains(n.toLowerCase(Locale.ROOT))) {
                    return s.text();
                }
            }
        }
        return "";
    }

    /** The judged table: document, label, type, title, confidence, verdict, note, sentence (see its header). */
    static Map<String, Judged> table() {
        Map<String, Judged> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Judged j = new Judged(f[0], f[1], f[2], f[3], f[5], f.length > 6 ? f[6] : "");
                out.put(j.key(), j);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A row of the table for a link, with its verdict (or "?" when not judged yet). */
    static String row(Link l, String verdict, String note) {
        Entity e = l.entity();
        return String.join("\t", l.document(), e.label(), e.type().label(), e.wikipediaTitle(),
                String.format(Locale.ROOT, "%.3f", e.linkConfidence()), verdict, note, oneLine(l.sentence()));
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 297) + "..." : t;
    }
}
