package org.biokg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsSentencesWithOriginalOffsets() throws IOException {
        String text = "  |born = 1815  Ada Byron was a writer.She met Babbage in 1833.";
        Path f = Files.writeString(dir.resolve("ada.txt"), text);
        CliRunner r = CliRunner.run("text", f.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        for (String line : lines) {
            String[] cols = line.split("\t");
            int start = Integer.parseInt(cols[1]);
            int end = Integer.parseInt(cols[2]);
            assertEquals(cols[4], text.substring(start, end));
        }
    }

    @Test
    void jsonOutputHasSentencesTokensAndInfobox() throws IOException {
        Path f = Files.writeString(dir.resolve("ada.txt"), "  |born = 1815  Ada Byron was a writer.");
        CliRunner r = CliRunner.run("text", "--json", f.toString());
        assertEquals(0, r.code(), r.err());
        var root = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("1815", root.getAsJsonArray("infobox").get(0).getAsJsonObject().get("value").getAsString());
        var sentence = root.getAsJsonArray("sentences").get(0).getAsJsonObject();
        assertEquals("Ada Byron was a writer.", sentence.get("text").getAsString());
        assertEquals(6, sentence.getAsJsonArray("tokens").size());
    }

    private void assertBadInput(CliRunner r, String fileName, String problem) {
        assertEquals(2, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line expected: " + err);
        assertTrue(err.contains(fileName), err);
        assertTrue(err.contains(problem), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void missingFile() {
        assertBadInput(CliRunner.run("text", dir.resolve("nope.txt").toString()), "nope.txt", "no such file");
    }

    @Test
    void directory() {
        assertBadInput(CliRunner.run("text", dir.toString()), dir.toString(), "is a directory");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertBadInput(CliRunner.run("text", f.toString()), "empty.txt", "empty");
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.txt"), " \n\t \n");
        assertBadInput(CliRunner.run("text", f.toString()), "blank.txt", "only whitespace");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path f = Files.write(dir.resolve("image.png"), png);
        assertBadInput(CliRunner.run("text", f.toString()), "image.png", "binary");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] latin1 = "Jos\u00e9 Mart\u00ed was a poet.".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.txt"), latin1);
        assertBadInput(CliRunner.run("text", f.toString()), "latin1.txt", "not valid UTF-8 (byte offset 3)");
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        Path f = Files.writeString(dir.resolve("big.txt"), "Ada Byron was a writer. ".repeat(10));
        assertBadInput(CliRunner.run("text", "--max-bytes", "100", f.toString()), "big.txt", "over the limit of 100 bytes");
    }

    @Test
    void missingArgumentIsAUsageError() {
        CliRunner r = CliRunner.run("text");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Missing required parameter"), r.err());
    }
}
