package org.biokg.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every class under {@code src/main/java} stays at or below {@value #MAX_LINES} lines: a longer one does more than
 * one job, and is split by job (a builder, a writer, a set of checks), not by moving lines elsewhere.
 */
class ClassLengthTest {
    static final int MAX_LINES = 300;
    private static final Path MAIN = Path.of("src", "main", "java");

    @Test
    void noClassIsOverTheLimit() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        // Run from elsewhere, the walk would find nothing and prove nothing.
        assertTrue(files.size() > 100, "only " + files.size() + " source files under " + MAIN.toAbsolutePath());
        List<String> over = new ArrayList<>();
        for (Path f : files) {
            String name = MAIN.relativize(f).toString().replace('\\', '/');
            long lines = Files.readAllLines(f).size();
            if (lines > MAX_LINES) {
                over.add(name + " (" + lines + " lines)");
            }
        }
        assertTrue(over.isEmpty(), over.size() + " classes over " + MAX_LINES + " lines: " + String.join(", ", over));
    }
}
