package org.biokg.eval;

import org.biokg.BiokgException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the files of a gold folder, from the file system or the classpath, as strict UTF-8: a missing file or
 * bytes that are not UTF-8 are a bad-input error naming the file, never replaced characters.
 */
final class GoldFiles {
    private GoldFiles() {
    }

    static String readFile(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw BiokgException.badInput("gold folder " + dir + ": missing " + name);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in, file.toString());
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + file + ": " + e.getMessage());
        }
    }

    static String readResource(String resource) {
        InputStream in = GoldFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw BiokgException.badInput("gold file not on the classpath: " + resource);
        }
        try (in) {
            return decode(in, resource);
        } catch (IOException e) {
            throw BiokgException.badInput("cannot read " + resource + ": " + e.getMessage());
        }
    }

    private static String decode(InputStream in, String where) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new InputStreamReader(in, decoder)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (CharacterCodingException e) {
            throw BiokgException.badInput(where + ": not UTF-8 text");
        }
    }
}
