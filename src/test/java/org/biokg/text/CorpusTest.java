package org.biokg.text;

import org.biokg.BiokgException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusTest {
    @TempDir
    Path tmp;

    private static final String LINES = """
            {"id": "Ada_Roe", "title": "Ada Roe", "text": "Ada Roe (1901 – 1980) was a chemist. She lived in Lyon."}
            not json at all
            {"id": "Ben (poet)", "title": "Ben", "text": "Ben Lo was a poet."}

            {"id": "Empty", "title": "Empty", "text": "   "}
            {"id": "NoText", "title": "No text"}
            """;

    @Test
    void aJsonLinesCorpusIsReadOneDocumentAtATimeAndABadLineIsOneFailedDocument() throws IOException {
        Path f = tmp.resolve("shelf.jsonl");
        Files.writeString(f, LINES);
        List<String> ids = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Corpus corpus = Corpus.of(List.of(f), new SourceReader());
        for (Corpus.Entry e : corpus) {
            try {
                ids.add(e.read().id());
            } catch (BiokgException x) {
                failures.add(x.getMessage());
            }
        }
        assertEquals(List.of("Ada_Roe", "Ben-poet-"), ids);
        assertEquals(3, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith(f + ":2: not valid JSON"), failures.get(0));
        assertTrue(failures.get(1).contains(":5") && failures.get(1).contains("only whitespace"), failures.get(1));
        assertTrue(failures.get(2).equals(f + ":6: no \"text\" field"), failures.get(2));
        assertEquals(5, corpus.count(), "blank lines are not documents");
    }

    @Test
    void gzippedCorporaFoldersAndFilesMix() throws IOException {
        Path gz = tmp.resolve("shelf.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(LINES.getBytes(StandardCharsets.UTF_8));
        }
        Path folder = Files.createDirectory(tmp.resolve("folder"));
        Files.writeString(folder.resolve("cy-ng.txt"), "Cy Ng was a runner.");
        Files.writeString(folder.resolve("notes.md"), "not read");
        Files.copy(gz, folder.resolve("more.jsonl.gz"));
        Path single = tmp.resolve("dee.txt");
        Files.writeString(single, "Dee Po was a judge.");
        List<String> ids = new ArrayList<>();
        for (Corpus.Entry e : Corpus.of(List.of(single, folder), new SourceReader())) {
            try {
                Source s = e.read();
                ids.add(s.id());
                assertEquals(64, s.sha256().length());
            } catch (BiokgException ignored) {
                // the bad lines, as above
            }
        }
        assertEquals(List.of("dee", "cy-ng", "Ada_Roe", "Ben-poet-"), ids);
    }

    @Test
    void aMissingInputOrAnEmptyFolderIsAMistakeOfTheCommandNotOfADocument() throws IOException {
        BiokgException missing = assertThrows(BiokgException.class, () -> Corpus.of(List.of(tmp.resolve("nope.jsonl")), new SourceReader()));
        assertEquals(BiokgException.BAD_INPUT, missing.exitCode());
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        BiokgException none = assertThrows(BiokgException.class, () -> Corpus.of(List.of(empty), new SourceReader()));
        assertTrue(none.getMessage().contains("holds no .txt or .jsonl file"), none.getMessage());
    }

    @Test
    void aTruncatedGzipKeepsWhatWasReadAndReportsTheRestAsOneFailure() throws IOException {
        Path gz = tmp.resolve("cut.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 0; i < 2000; i++) {
                out.write(("{\"id\": \"d" + i + "\", \"text\": \"Ada Roe number " + i + " was a chemist in Lyon for many years.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));
        int read = 0;
        List<String> failures = new ArrayList<>();
        for (Corpus.Entry e : Corpus.of(List.of(gz), new SourceReader())) {
            try {
                e.read();
                read++;
            } catch (BiokgException x) {
                failures.add(x.getMessage());
            }
        }
        assertTrue(read > 0 && read < 2000, "read " + read);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("cannot read the rest of the corpus"), failures.get(0));
    }
}
