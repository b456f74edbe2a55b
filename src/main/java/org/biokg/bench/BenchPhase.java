package org.biokg.bench;

import com.google.gson.JsonObject;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One phase of the benchmark, run in a JVM of its own so that model loading is really cold and the process's
 * peak RSS belongs to that phase alone. Prints one line {@value #MARKER}{@code {json}} on stdout with what it
 * measured; everything else (CoreNLP's logging, progress) goes to stderr.
 *
 * <pre>
 * BenchPhase floor FILE                      plain CoreNLP dependency pipeline on the cleaned text
 * BenchPhase kbp FILE                        CoreNLP's KBP relation pipeline on the cleaned text
 * BenchPhase build CACHE|none OUT STORE IN [annotations-only]
 *                                            biokg's build (IN: a file or a folder of .txt files); with
 *                                            annotations-only the extraction cache is not used (as after a
 *                                            change of biokg's code)
 * BenchPhase corpus IN THREADS STORE         a corpus build on THREADS threads, caches off (see CorpusPhase)
 * BenchPhase queries STORE RUNS WARMUP       named queries over HTTP against Fuseki on a free port (WARMUP
 *                                            untimed rounds of all queries first)
 * </pre>
 * Each phase is a class of its own: {@link AnchorPhase}, {@link BuildPhase}, {@link CorpusPhase}, {@link QueryPhase}.
 */
public final class BenchPhase {
    /** Prefix of the result line on stdout. */
    public static final String MARKER = "BENCH-RESULT ";
    /** The floor: what any CoreNLP-based extractor with dependency rules pays. */
    public static final String FLOOR_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    /** CoreNLP's own relation extraction pipeline. */
    public static final String KBP_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref,kbp";
    /** The constituency parser skips longer sentences, else its memory grows with the cube of the length. */
    public static final int KBP_PARSE_MAXLEN = 80;

    private BenchPhase() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            JsonObject result = run(args);
            out.println(MARKER + result);
            out.flush();
            System.exit(0);
        } catch (Throwable t) {
            System.err.println("bench phase failed: " + t);
            t.printStackTrace();
            System.exit(3);
        }
    }

    static JsonObject run(String[] args) throws Exception {
        if (args.length == 0)
            throw new IllegalArgumentException("usage: BenchPhase floor|kbp|build|queries ARGS...");
        return switch (args[0]) {
            case "floor" -> AnchorPhase.run(Path.of(args[1]), AnchorPhase.floorProperties());
            case "kbp" -> AnchorPhase.run(Path.of(args[1]), AnchorPhase.kbpProperties());
            case "build" -> BuildPhase.run("none".equals(args[1]) ? null : Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
                    args.length > 5 && "annotations-only".equals(args[5]));
            case "corpus" -> CorpusPhase.run(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "queries" -> QueryPhase.run(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("unknown phase " + args[0]);
        };
    }
}
