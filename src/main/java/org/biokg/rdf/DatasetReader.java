package org.biokg.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shared.JenaException;
import org.biokg.BiokgException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an RDF file (any syntax RIOT knows by its extension: .ttl, .trig, .nt, .nq, .jsonld, .rdf, ...) into
 * a dataset. Failures become a {@link BiokgException} with one line naming the file and, for syntax
 * errors, the line and column; nothing is logged.
 */
public final class DatasetReader {
    private DatasetReader() {
    }

    public static Dataset read(Path file) {
        if (!Files.exists(file)) {
            throw BiokgException.badInput("no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw BiokgException.badInput("not a file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw BiokgException.badInput("cannot read " + file);
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw BiokgException.badInput("cannot tell the RDF syntax of " + file
                    + " from its name (use .ttl, .trig, .nt, .nq, .jsonld or .rdf)");
        }
        Dataset ds = DatasetFactory.create();
        try {
            RDFParser.source(file).lang(lang).errorHandler(new FailOnError()).parse(ds.asDatasetGraph());
        } catch (RiotException e) {
            throw BiokgException.badInput(file + ": " + oneLine(e.getMessage()));
        } catch (JenaException e) {
            // e.g. JSON-LD errors, which come without a position.
            throw BiokgException.badInput(file + ": not valid " + lang.getLabel() + ": " + oneLine(e.getMessage()));
        }
        return ds;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String first = message.strip().lines().findFirst().orElse("unreadable");
        return first.length() > 300 ? first.substring(0, 297) + "..." : first;
    }

    /** Stops at the first error with its position; warnings (e.g. unusual IRIs) are not the user's problem here. */
    private static final class FailOnError implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(position(line, col) + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(position(line, col) + message);
        }

        private static String position(long line, long col) {
            if (line < 0) {
                return "";
            }
            return col < 0 ? "line " + line + ": " : "line " + line + ", column " + col + ": ";
        }
    }
}
