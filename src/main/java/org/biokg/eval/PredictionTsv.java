package org.biokg.eval;

import org.biokg.BiokgException;
import org.biokg.extract.Relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes the TSV contract of {@code biokg facts}: a header line
 * {@code relation subject object start end confidence document sentence_start sentence_end rule}, then one
 * tab-separated line per fact and evidence sentence; an empty field for a missing date.
 */
public final class PredictionTsv {
    /** The header columns, in order. */
    public static final List<String> COLUMNS = List.of("relation", "subject", "object", "start", "end",
            "confidence", "document", "sentence_start", "sentence_end", "rule");

    private PredictionTsv() {
    }

    public static List<Prediction> read(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw BiokgException.badInput(file + ": not a regular file (a directory, device, FIFO or socket)");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (NoSuchFileException e) {
            throw BiokgException.badInput("no such file: " + file);
        } catch (CharacterCodingException e) {
            throw BiokgException.badInput(file + ": not UTF-8 text");
        } catch (IOException | UncheckedIOException e) {
            throw BiokgException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * Parses predictions; {@code source} names the input in error messages. Malformed input (wrong header,
     * wrong number of fields, unknown relation, bad number or date) is a bad-input error naming the line.
     */
    public static List<Prediction> read(Reader reader, String source) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Prediction> out = new ArrayList<>();
        try {
            String header = in.readLine();
            TsvFields.checkHeader(header == null ? List.of() : List.of(stripBom(stripCr(header))), COLUMNS, source);
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                line = stripCr(line);
                if (line.isBlank()) {
                    continue;
                }
                out.add(parseLine(line, source + ": line " + n));
            }
        } catch (CharacterCodingException e) {
            throw BiokgException.badInput(source + ": not UTF-8 text");
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + source + ": " + e.getMessage());
        }
        return out;
    }

    private static Prediction parseLine(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS.size()) {
            throw BiokgException.badInput(where + ": " + f.length + " fields, expected " + COLUMNS.size());
        }
        String relation = f[0].trim();
        Relation rel = Relation.byId(relation)
                .orElseThrow(() -> BiokgException.badInput(where + ": unknown relation '" + relation + "'"));
        String subject = TsvFields.required(f[1], "subject", where);
        String object = TsvFields.required(f[2], "object", where);
        if (rel.dateValued()) {
            TsvFields.isoDate(object, "object", where);
        }
        String start = TsvFields.isoDate(f[3], "start", where);
        String end = TsvFields.isoDate(f[4], "end", where);
        double confidence;
        try {
            confidence = Double.parseDouble(f[5].trim());
        } catch (NumberFormatException e) {
            throw BiokgException.badInput(where + ": confidence is not a number: '" + f[5] + "'");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw BiokgException.badInput(where + ": confidence outside [0,1]: " + f[5]);
        }
        int sentenceStart = TsvFields.offset(f[7], "sentence_start", where);
        int sentenceEnd = TsvFields.offset(f[8], "sentence_end", where);
        if (sentenceEnd < sentenceStart) {
            throw BiokgException.badInput(where + ": sentence_end " + sentenceEnd + " before sentence_start "
                    + sentenceStart);
        }
        return new Prediction(relation, subject, object, start, end, confidence, f[6].trim(), sentenceStart,
                sentenceEnd, f[9].trim());
    }

    /** Writes predictions in the same format (header first). */
    public static void write(List<Prediction> predictions, Writer out) {
        write(predictions, out, true);
    }

    /** Writes predictions; {@code header} false appends to output that already has its header. */
    public static void write(List<Prediction> predictions, Writer out, boolean header) {
        try {
            if (header) {
                out.write(String.join("\t", COLUMNS));
                out.write('\n');
            }
            for (Prediction p : predictions) {
                out.write(String.join("\t", clean(p.relation()), clean(p.subject()), clean(p.object()),
                        p.start() == null ? "" : p.start(), p.end() == null ? "" : p.end(),
                        String.format(Locale.ROOT, "%.3f", p.confidence()), clean(p.document()),
                        Integer.toString(p.sentenceStart()), Integer.toString(p.sentenceEnd()), clean(p.rule())));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clean(String s) {
        return s.replaceAll("[\t\r\n]", " ");
    }

    private static String stripCr(String s) {
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
