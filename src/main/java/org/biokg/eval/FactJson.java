package org.biokg.eval;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.biokg.extract.DateSource;
import org.biokg.extract.Evidence;
import org.biokg.extract.ExtractionResult;
import org.biokg.extract.Fact;
import org.biokg.text.Span;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts of a result as JSON lines, one per fact and evidence sentence: {@code biokg facts --json}'s
 * format, also written by the Spark job, so both can be compared line by line. A dated fact says where each date
 * was read ({@code start_from}, {@code end_from}: the sentence, infobox field or heading that states it).
 */
public final class FactJson {
    private FactJson() {
    }

    public static void write(ExtractionResult r, PrintWriter out) {
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        for (Fact f : r.facts()) {
            for (Evidence e : f.evidence()) {
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
                if (f.start() != null && f.startSource() != null) {
                    m.put("start_from", source(f.startSource()));
                }
                if (f.end() != null && f.endSource() != null) {
                    m.put("end_from", source(f.endSource()));
                }
                m.put("confidence", round(e.confidence()));
                m.put("factConfidence", round(f.confidence()));
                m.put("document", e.documentId());
                m.put("sentence", e.sentenceIndex());
                m.put("sentence_start", e.sentence().start());
                m.put("sentence_end", e.sentence().end());
                m.put("subject_span", span(e.subjectSpan()));
                m.put("object_span", span(e.objectSpan()));
                m.put("rule", e.rule());
                m.put("repairs", e.repairs()); // the parse repairs behind the edges the rule matched
                m.put("text", e.sentenceText());
                out.println(gson.toJson(m));
            }
        }
    }

    /** Where a date was read: the sentence's (field's, heading's) offsets and text. */
    private static Map<String, Object> source(DateSource d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentence", d.sentenceIndex());
        m.put("sentence_start", d.span().start());
        m.put("sentence_end", d.span().end());
        m.put("text", d.text());
        return m;
    }

    private static int[] span(Span s) {
        return s == null ? null : new int[]{s.start(), s.end()};
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
