package org.biokg.eval;

import org.biokg.BiokgException;
import org.biokg.extract.Entity;
import org.biokg.extract.ExtractionResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores cross-document entity decisions against pairs judged by hand: two names from two documents
 * ({@code doc_a, label_a, type_a, doc_b, label_b, type_b}) and whether they are the same thing
 * ({@code judgement}: same, different or unsure), as in {@code src/test/resources/cross-document/pairs.tsv}.
 * biokg says "same" when both names end as one resource of the graph: same type, label and scope after the
 * cross-document step.
 */
public final class MergePairs {
    private MergePairs() {
    }

    public record Mention(String documentId, String label, String type) {
    }

    public record Pair(int id, String stratum, Mention a, Mention b, String judgement) {
    }

    /** The counts; pairs judged unsure or whose names the extraction no longer finds are left out. */
    public record Result(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
                         int unsure, int notFound, List<String> errors) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : truePositives / (double) (truePositives + falseNegatives);
        }

        public String report() {
            return String.format(Locale.ROOT, "merge pairs: %d judged same, %d different; biokg: %d right merges, %d wrong "
                            + "merges, %d missed; precision %.3f, recall %.3f (%d unsure and %d whose names were not "
                            + "extracted left out)", truePositives + falseNegatives, falsePositives + trueNegatives,
                    truePositives, falsePositives, falseNegatives, precision(), recall(), unsure, notFound);
        }
    }

    public static List<Pair> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BiokgException.badInput(tsv + ": cannot read: " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("pair\tstratum\tdoc_a\tlabel_a\ttype_a\tdoc_b\tlabel_b\ttype_b\tjudgement")) {
            throw BiokgException.badInput(tsv + ": not a pairs file (header pair, stratum, doc_a, label_a, type_a, doc_b, "
                    + "label_b, type_b, judgement)");
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] c = lines.get(i).split("\t", -1);
            if (c.length < 9 || !c[8].matches("same|different|unsure")) {
                throw BiokgException.badInput(tsv + ":" + (i + 1) + ": expected 9 columns ending in same, different or unsure");
            }
            pairs.add(new Pair(Integer.parseInt(c[0]), c[1], new Mention(c[2], c[3], c[4]), new Mention(c[5], c[6], c[7]), c[8]));
        }
        return pairs;
    }

    /**
     * @param before the documents' results as extracted (the names the pairs were drawn from)
     * @param after  the same results after the cross-document step (same entity ids)
     */
    public static Result score(List<Pair> pairs, List<ExtractionResult> before, List<ExtractionResult> after) {
        Map<String, ExtractionResult> in = byDocument(before);
        Map<String, ExtractionResult> out = byDocument(after);
        int tp = 0, fp = 0, fn = 0, tn = 0, unsure = 0, notFound = 0;
        List<String> errors = new ArrayList<>();
        for (Pair p : pairs) {
            if (p.judgement().equals("unsure")) {
                unsure++;
                continue;
            }
            Optional<String> a = identity(p.a(), in, out);
            Optional<String> b = identity(p.b(), in, out);
            if (a.isEmpty() || b.isEmpty()) {
                notFound++;
                continue;
            }
            boolean said = a.get().equals(b.get());
            boolean same = p.judgement().equals("same");
            if (said && same) {
                tp++;
            } else if (said) {
                fp++;
                errors.add("wrong merge  #" + p.id() + ": " + describe(p));
            } else if (same) {
                fn++;
                errors.add("missed merge #" + p.id() + ": " + describe(p));
            } else {
                tn++;
            }
        }
        return new Result(tp, fp, fn, tn, unsure, notFound, errors);
    }

    private static String describe(Pair p) {
        return p.a().label() + " (" + p.a().documentId() + ") / " + p.b().label() + " (" + p.b().documentId() + ")";
    }

    private static Map<String, ExtractionResult> byDocument(List<ExtractionResult> results) {
        Map<String, ExtractionResult> m = new HashMap<>();
        results.forEach(r -> m.put(r.documentId(), r));
        return m;
    }

    /** The resource a name ends as: its type, final label and scope. */
    private static Optional<String> identity(Mention m, Map<String, ExtractionResult> in, Map<String, ExtractionResult> out) {
        ExtractionResult before = in.get(m.documentId());
        ExtractionResult after = out.get(m.documentId());
        if (before == null || after == null) {
            return Optional.empty();
        }
        Optional<Entity> named = before.allEntities().stream()
                .filter(e -> e.label().equals(m.label()) && e.type().label().equals(m.type())).findFirst();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        return after.allEntities().stream().filter(e -> e.id().equals(named.get().id())).findFirst()
                .map(e -> e.type().label() + "\u0000" + e.label() + "\u0000" + e.scope());
    }
}
