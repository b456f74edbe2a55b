package org.biokg.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.biokg.text.CleanDocument;
import org.biokg.text.InfoboxField;
import org.biokg.text.Residue;
import org.biokg.text.Section;
import org.biokg.text.Sentence;
import org.biokg.text.Source;
import org.biokg.text.SourceReader;
import org.biokg.text.Token;
import org.biokg.text.WikiTextCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code biokg text FILE}: the text stage alone — clean sentences with their offsets in the original file. */
@Command(name = "text",
        header = "The text stage alone: clean sentences with their offsets in the original file.",
        mixinStandardHelpOptions = true,
        description = {"Clean a flattened Wikipedia biography and print its sentences with their character offsets in the ORIGINAL file (start inclusive, end exclusive, as Java counts chars). Infobox fields, headings, citations, captions and categories are kept out of the prose."},
        footer = {"",
                "Output (default): one line per sentence: index, start, end, section, text (tab-separated).",
                "",
                "Examples:",
                "  biokg text data/leon-trotsky.txt",
                "  biokg text --json data/leon-trotsky.txt > sentences.json",
                "  biokg text --residue data/leon-trotsky.txt    # what was removed, and why",
                "  biokg text --infobox data/leon-trotsky.txt"})
public final class TextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The biography, a UTF-8 text file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document: infobox, sections, sentences with tokens.")
    boolean json;

    @Option(names = "--residue", description = "Print what cleaning removed (kind, start, end, text) instead.")
    boolean residue;

    @Option(names = "--infobox", description = "Print the infobox fields (key, value, start, end) instead.")
    boolean infobox;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + SourceReader.DEFAULT_MAX_BYTES,
            description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}).")
    void maxBytes(long n) {
        maxBytes = OptionRanges.maxBytes(spec, n, SourceReader.MAX_ARRAY);
    }

    long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        Source source = new SourceReader(maxBytes).read(file);
        CleanDocument doc = new WikiTextCleaner().clean(source);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(doc, out);
        } else if (residue) {
            for (Residue r : doc.residue()) {
                out.println(r.kind() + "\t" + r.span().start() + "\t" + r.span().end() + "\t" + oneLine(r.text()));
            }
        } else if (infobox) {
            for (InfoboxField f : doc.infobox()) {
                out.println(f.key() + "\t" + f.value() + "\t" + f.valueSpan().start() + "\t" + f.valueSpan().end());
            }
        } else {
            for (Sentence s : doc.sentences()) {
                Section sec = doc.sectionOf(s);
                out.println(s.index() + "\t" + s.span().start() + "\t" + s.span().end() + "\t"
                        + (sec == null ? "" : sec.title()) + "\t" + s.text());
            }
        }
        out.flush();
        return 0;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ");
        return t.length() > 200 ? t.substring(0, 197) + "..." : t;
    }

    private static void printJson(CleanDocument doc, PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("document", doc.source().id());
        root.put("sha256", doc.source().sha256());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (InfoboxField f : doc.infobox()) {
            fields.add(Map.of("key", f.key(), "value", f.value(), "start", f.valueSpan().start(), "end", f.valueSpan().end()));
        }
        root.put("infobox", fields);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : doc.sections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", s.title());
            m.put("startYear", s.startYear());
            m.put("endYear", s.endYear());
            m.put("start", s.heading().start());
            m.put("end", s.heading().end());
            m.put("firstSentence", s.firstSentence());
            sections.add(m);
        }
        root.put("sections", sections);
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", s.index());
            m.put("start", s.span().start());
            m.put("end", s.span().end());
            m.put("section", s.section());
            m.put("text", s.text());
            List<Object[]> toks = new ArrayList<>();
            for (Token t : s.tokens()) {
                toks.add(new Object[]{t.text(), t.span().start(), t.span().end()});
            }
            m.put("tokens", toks);
            sentences.add(m);
        }
        root.put("sentences", sentences);
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();
        out.println(gson.toJson(root));
    }
}
