package org.biokg.cli;

import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Default locations, relative to the biokg checkout (the launcher sets biokg.home) or the working directory. */
final class Defaults {
    private Defaults() {
    }

    static Path home() {
        String h = System.getProperty("biokg.home");
        return h != null && !h.isBlank() ? Path.of(h) : Path.of("");
    }

    /** The embedded default input folder. */
    static Path data() {
        return home().resolve("data");
    }

    static Path out() {
        return data().resolve("out");
    }

    static Path store() {
        return data().resolve("store");
    }

    /**
     * The biographies to read from {@code input}: the file itself, or every {@code .txt} file of a folder
     * (sorted, so builds are reproducible).
     */
    static List<Path> inputs(Path input) {
        if (!Files.exists(input)) {
            throw BiokgException.badInput(input + ": no such file or folder");
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> s = Files.list(input)) {
            List<Path> files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw BiokgException.badInput(input + ": folder holds no .txt file");
            }
            return files;
        } catch (IOException e) {
            throw BiokgException.badInput(input + ": cannot list folder: " + e.getMessage());
        }
    }
}
