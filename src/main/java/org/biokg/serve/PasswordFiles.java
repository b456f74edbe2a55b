package org.biokg.serve;

import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The check of a Jetty/Fuseki password file ("user: password" lines) before the server is built: a missing or
 * unreadable file, or one without a user, is a bad-input error that names it.
 */
final class PasswordFiles {
    private PasswordFiles() {
    }

    /** Throws a bad-input error unless the file exists, is readable and has a "user: password" line. */
    static void check(Path file) {
        if (!Files.isRegularFile(file))
            throw BiokgException.badInput("password file not found: " + file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read password file " + file + ": " + e.getMessage());
        }
        boolean anyUser = lines.stream().map(String::strip)
                .anyMatch(l -> !l.isEmpty() && !l.startsWith("#") && l.indexOf(':') > 0);
        if (!anyUser)
            throw BiokgException.badInput("password file " + file + " has no 'user: password' line");
    }
}
