package org.biokg.nlp;

import java.util.Objects;
import java.util.Properties;

/**
 * How CoreNLP runs: which coreference algorithm (if any) and how many threads. Built with {@link #builder()}; {@link #key()} names the settings in cache keys, so a
 * change of settings never reuses annotations made under other ones.
 */
public final class PipelineSettings {
    /** Coreference options. NONE leaves pronouns to biokg's own subject-centred resolution. */
    public enum Coref { NONE, STATISTICAL }

    /**
     * CoreNLP's default NER models less the MUC 7-class one: NER is most of the annotation time, and dates come from
     * SUTime, the other classes from the 3- and 4-class models.
     */
    static final String NER_MODELS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
            + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final Coref coref;
    private final int threads;

    private PipelineSettings(Builder b) {
        this.coref = b.coref;
        this.threads = b.threads;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static PipelineSettings defaults() {
        return builder().build();
    }

    public Coref coref() {
        return coref;
    }

    public int threads() {
        return threads;
    }

    /** The annotators in order. */
    public String annotators() {
        return "tokenize,ssplit,pos,lemma,ner,depparse" + (coref == Coref.STATISTICAL ? ",coref" : "");
    }

    /** CoreNLP properties for these settings. */
    public Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", annotators());
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true");
        // The text stage already split sentences; one per line.
        p.setProperty("ssplit.eolonly", "true");
        p.setProperty("ner.model", NER_MODELS);
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("sutime.includeRange", "true");
        if (threads > 1) {
            p.setProperty("threads", String.valueOf(threads));
            p.setProperty("pos.nthreads", String.valueOf(threads));
            p.setProperty("ner.nthreads", String.valueOf(threads));
            p.setProperty("depparse.nthreads", String.valueOf(threads));
        }
        if (coref == Coref.STATISTICAL) {
            p.setProperty("coref.algorithm", "statistical");
            p.setProperty("coref.md.type", "dependency");
        }
        return p;
    }

    /** Names the settings that change annotations (threads do not). */
    public String key() {
        return "corenlp-4.5.10|" + annotators() + "|" + NER_MODELS + "|v2";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PipelineSettings s && s.coref == coref && s.threads == threads;
    }

    @Override
    public int hashCode() {
        return Objects.hash(coref, threads);
    }

    public static final class Builder {
        private Coref coref = Coref.NONE;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        public Builder coref(Coref coref) {
            this.coref = Objects.requireNonNull(coref);
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            this.threads = threads;
            return this;
        }

        public PipelineSettings build() {
            return new PipelineSettings(this);
        }
    }
}
