package org.biokg.bench;

import com.google.gson.JsonObject;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.biokg.text.CleanDocument;
import org.biokg.text.Sentence;
import org.biokg.text.SourceReader;
import org.biokg.text.WikiTextCleaner;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.biokg.bench.BenchPhase.FLOOR_ANNOTATORS;
import static org.biokg.bench.BenchPhase.KBP_ANNOTATORS;
import static org.biokg.bench.BenchPhase.KBP_PARSE_MAXLEN;

/**
 * The anchor phases of the benchmark ({@code floor}, {@code kbp}): plain CoreNLP on the text stage's sentences,
 * as a user would run it, timed from model loading to the end of one annotate call over the whole text.
 */
final class AnchorPhase {
    private AnchorPhase() {
    }

    /** CoreNLP as a user would run it: the annotators, one sentence per line, every other property default. */
    static Properties floorProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", FLOOR_ANNOTATORS);
        // Same sentences as biokg: the text stage split them, one per line.
        p.setProperty("ssplit.eolonly", "true");
        return p;
    }

    static Properties kbpProperties() {
        Properties p = floorProperties();
        p.setProperty("annotators", KBP_ANNOTATORS);
        p.setProperty("parse.maxlen", String.valueOf(KBP_PARSE_MAXLEN));
        return p;
    }

    /** The text stage's sentences, one per line: the input of both anchors. */
    static String cleanedText(Path file) {
        CleanDocument clean = new WikiTextCleaner().clean(new SourceReader().read(file));
        return clean.sentences().stream().map(Sentence::text).collect(Collectors.joining("\n"));
    }

    /** An anchor pipeline: model loading, then one annotate call over the whole cleaned text. */
    static JsonObject run(Path file, Properties props) {
        String text = cleanedText(file);
        JsonObject r = new JsonObject();
        r.addProperty("annotators", props.getProperty("annotators"));
        try (ResourceMonitor m = ResourceMonitor.start()) {
            double c0 = ResourceMonitor.processCpuSeconds();
            long t0 = System.nanoTime();
            StanfordCoreNLP nlp = new StanfordCoreNLP(props);
            long t1 = System.nanoTime();
            double c1 = ResourceMonitor.processCpuSeconds();
            Annotation a = new Annotation(text);
            nlp.annotate(a);
            long t2 = System.nanoTime();
            double c2 = ResourceMonitor.processCpuSeconds();
            r.addProperty("load_s", seconds(t1 - t0));
            r.addProperty("annotate_s", seconds(t2 - t1));
            r.addProperty("total_s", seconds(t2 - t0));
            r.addProperty("cpu_load_s", c1 - c0);
            r.addProperty("cpu_annotate_s", c2 - c1);
            r.addProperty("cpu_s", c2 - c0);
            List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
            r.addProperty("sentences", sentences.size());
            r.addProperty("tokens", a.get(CoreAnnotations.TokensAnnotation.class).size());
            r.addProperty("annotator_times", oneLine(nlp.timingInformation()));
            if (props.getProperty("annotators").contains("kbp")) {
                int triples = 0;
                for (CoreMap s : sentences) {
                    var t = s.get(CoreAnnotations.KBPTriplesAnnotation.class);
                    triples += t == null ? 0 : t.size();
                }
                r.addProperty("kbp_triples", triples);
                r.addProperty("parse_maxlen", KBP_PARSE_MAXLEN);
            }
            m.record(r);
        }
        return r;
    }

    /** CoreNLP's per-annotator timing report on one line. */
    static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", "; ").trim();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
