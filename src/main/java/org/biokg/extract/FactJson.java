package org.biokg.extract;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code biokg facts --json}: one JSON object a line for each fact and evidence sentence, with the
 * subject's and object's labels, types, links and offsets. Shared by the facts command and the Spark job, so the
 * two write the same rows for the same documents.
 */
public final class FactJson {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private FactJson() {
    }

    /** The result's rows, in the order of its facts and of each fact's evidence. */
    public static List<String> lines(ExtractionResult r) {
        List<String> out = new ArrayList<>();
        for (Fact f : r.facts()) {
            for (Evidence e : f.evidence()) {
                out.add(GSON.toJson(row(f, e)));
            }
        }
        return out;
    }

    private static Map<String, Object> row(Fact f, Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("relation", f.relation().id());
        m.put("subject", f.subject().label());
        m.put("subjectType", f.subject().type().label());
        m.put("object", f.objectLabel());
        m.put("objectType", f.object() == null ? "Date" : f.object().type().label());
        if (f.subject().wikipediaTitle() != null) {
            m.put("subjectLink", f.subject().wikipediaTitle());
            m.put("subjectLinkConfidence", f.subject().linkConfidence());
        }
        if (f.object() != null && f.object().wikipediaTitle() != null) {
            m.put("objectLink", f.object().wikipediaTitle());
            m.put("objectLinkConfidence", f.object().linkConfidence());
        }
        m.put("start", f.start() == null ? null : f.start().iso());
        m.put("end", f.end() == null ? null : f.end().iso());
        m.put("confidence", round(e.confidence()));
        m.put("factConfidence", round(f.confidence()));
        m.put("document", e.documentId());
        m.put("sentence", e.sentenceIndex());
        m.put("sentence_start", e.sentence().start());
        m.put("sentence_end", e.sentence().end());
        m.put("subject_span", span(e.subjectSpan()));
        m.put("object_span", span(e.objectSpan()));
        m.put("rule", e.rule());
        m.put("text", e.sentenceText());
        return m;
    }

    private static int[] span(Span s) {
        return s == null ? null : new int[]{s.start(), s.end()};
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
