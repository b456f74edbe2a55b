package org.biokg.rdf;

import org.apache.jena.query.Dataset;
import org.biokg.BiokgException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the build outputs: {@code biokg.trig} (the full dataset: asserted graph and candidates, what the
 * store loads) and {@code biokg.ttl} (the asserted graph, for reading). Each file is written to a temporary
 * file first and moved into place, so a failed build never leaves a half-written graph behind.
 */
public final class GraphWriter {
    public static final String DATASET_FILE = "biokg.trig";
    public static final String ASSERTED_FILE = "biokg.ttl";

    private GraphWriter() {
    }

    /** The files written. */
    public record Outputs(Path dataset, Path asserted) {
    }

    public static Outputs writeOutputs(Dataset dataset, Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw BiokgException.runtime("cannot create output directory " + outDir + ": " + e.getMessage(), e);
        }
        Path trig = outDir.resolve(DATASET_FILE);
        Path ttl = outDir.resolve(ASSERTED_FILE);
        write(dataset, ExportFormat.TRIG, trig);
        write(dataset, ExportFormat.TTL, ttl);
        return new Outputs(trig, ttl);
    }

    /** Writes one export to a file (parent directories created), atomically where the file system allows. */
    public static void write(Dataset dataset, ExportFormat format, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // Not Files.createTempFile: that makes the file owner-only, and the output is meant to be shared.
            tmp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                RdfExporter.write(dataset, format, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw BiokgException.runtime("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and harmless
                }
            }
        }
    }
}
