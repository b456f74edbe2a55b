package org.biokg.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats biokg exports a dataset to, by the name used on the command line (also the file extension). */
public enum ExportFormat {
    /** Turtle, pretty-printed with prefixes: the asserted (default) graph. */
    TTL("ttl", "Turtle, pretty-printed with prefixes: the asserted (default) graph"),
    /** TriG: every graph, the asserted one and the candidates. */
    TRIG("trig", "TriG: all graphs (asserted default graph and the candidates graph)"),
    /** JSON-LD 1.1 compacted with the biokg context: the asserted graph. */
    JSONLD("jsonld", "JSON-LD 1.1 with a @context of short keys: the asserted (default) graph"),
    /** N-Triples, one triple a line, sorted so that two exports can be diffed: the asserted graph. */
    NT("nt", "N-Triples, sorted for diffing: the asserted (default) graph"),
    /** N-Quads, one quad a line, sorted: every graph. */
    NQ("nq", "N-Quads, sorted for diffing: all graphs (asserted default graph and the candidates graph)"),
    /** RDF/XML: the asserted graph. */
    RDFXML("rdfxml", "RDF/XML: the asserted (default) graph");

    private final String name;
    private final String description;

    ExportFormat(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The command-line name, also the usual file extension. */
    public String formatName() {
        return name;
    }

    public String description() {
        return description;
    }

    /**
     * The format of a command-line name, case-insensitive: biokg's own ({@code ttl}, {@code trig}, {@code jsonld},
     * {@code nt}, {@code nq}, {@code rdfxml}) or any name or extension Jena's riot knows for one of these languages
     * ({@code Turtle}, {@code RDF/XML}, {@code N-Quads}, {@code rdf}, {@code json-ld}, ...).
     */
    public static Optional<ExportFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Optional<ExportFormat> own = Arrays.stream(values()).filter(f -> f.name.equals(n)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        Lang lang = RDFLanguages.nameToLang(name);
        if (lang == null) {
            lang = RDFLanguages.fileExtToLang(n);
        }
        if (lang == null) {
            return Optional.empty();
        }
        Lang found = lang;
        return Arrays.stream(values()).filter(f -> f.lang().equals(found)).findFirst();
    }

    /** The RDF language of the format. */
    public Lang lang() {
        return switch (this) {
            case TTL -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case JSONLD -> Lang.JSONLD;
            case NT -> Lang.NTRIPLES;
            case NQ -> Lang.NQUADS;
            case RDFXML -> Lang.RDFXML;
        };
    }

    /** "ttl, trig, jsonld, nt, nq, rdfxml". */
    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::formatName).collect(Collectors.joining(", "));
    }
}
