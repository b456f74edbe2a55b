package org.biokg.cli;

import org.biokg.fixtures.CleanError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 20, points 2, 3 and 7 on the command line: user mistakes and inputs that are not text files end with
 * one line and exit 1 or 2, never "internal error", never a hang (a FIFO) or an unbounded read (a device).
 */
class BadInputTest {
    @TempDir
    static Path tmp;
    static Path text;
    static Path fifo;

    @BeforeAll
    static void files() throws Exception {
        text = Files.writeString(tmp.resolve("kessel.txt"), "Mira Kessel was a printer. She was born in Lund.\n");
        fifo = tmp.resolve("no-writer.fifo");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor(), "mkfifo");
    }

    static String clean(int expectedCode, String... args) {
        CliRunner r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRunner.run(args),
                "no answer: blocked? " + String.join(" ", args));
        return CleanError.assertClean(expectedCode, r.code(), r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "facts --threads 0 FILE       | biokg: --threads must be between 1 and 256, not 0",
            "facts --threads -3 FILE      | biokg: --threads must be between 1 and 256, not -3",
            "build --threshold 2 FILE     | biokg: --threshold must be between 0 and 1, not 2.0",
            "build --threshold -1 FILE    | biokg: --threshold must be between 0 and 1, not -1.0",
            "up --threshold 2 FILE        | biokg: --threshold must be between 0 and 1, not 2.0",
            "facts --max-bytes -1 FILE    | biokg: --max-bytes must be between 1 and 2147483639, not -1",
            "text --max-bytes 0 FILE      | biokg: --max-bytes must be between 1 and 2147483639, not 0",
            "eval --gold FILE --max-bytes -1 FILE | biokg: --max-bytes must be between 1 and 2147483639, not -1",
            "facts --link-threshold 1.5 FILE | biokg: --link-threshold must be between 0 and 1, not 1.5",
            "query allies --timeout 0     | biokg: --timeout must be between 1 and 86400 seconds, not 0",
            "serve --port 70000           | biokg: port must be between 0 and 65535, not 70000",
            "query allies --format xml    | biokg: unknown format 'xml'; use table, csv, tsv or json"})
    void numbersOutOfRangeAreUsageErrorsNamingTheRange(String command, String line) {
        assertEquals(line, clean(1, command.replace("FILE", text.toString()).split("\\s+")));
    }

    @Test
    void aTextWithNoProseSentencesIsBadInput() throws IOException {
        Path residue = Files.writeString(tmp.resolve("residue-only.txt"),
                "Category:People\n[[File:Mira Kessel.jpg|thumb]]\nCategory:Printers\n");
        String why = ": no sentences to read (the text stage found no prose, only infobox fields or markup; see 'biokg text --residue')";
        assertEquals("biokg: " + residue + why, clean(2, "facts", "--quiet", "--no-cache", residue.toString()));
        assertEquals("biokg: " + residue + why, clean(2, "build", "--quiet", "--no-store", "--no-cache", "--out",
                tmp.resolve("out").toString(), residue.toString()));
        assertEquals("biokg: " + residue + why, clean(2, "eval", "--quiet", "--gold", "src/test/resources/gold",
                "--no-cache", residue.toString()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"text, /dev/zero", "text, /dev/urandom", "facts, /dev/zero", "facts, /dev/urandom",
            "text, FIFO", "facts, FIFO", "build, FIFO", "eval, FIFO", "eval, /dev/zero"})
    void devicesAndFifosAreRefusedWithoutReadingThem(String command, String input) {
        String file = input.equals("FIFO") ? fifo.toString() : input;
        String[] args = switch (command) {
            case "build" -> new String[]{"build", "--no-store", "--no-cache", "--out", tmp.resolve("out").toString(), file};
            case "eval" -> new String[]{"eval", "--gold", "src/test/resources/gold", "--no-cache", file};
            case "text" -> new String[]{"text", file};
            default -> new String[]{command, "--quiet", "--no-cache", file};
        };
        assertEquals("biokg: " + file + ": not a regular file (a device, FIFO or socket); save the text to a file first",
                clean(2, args));
    }

    @Test
    void aQueryFileThatIsAFifoOrADeviceIsRefused() {
        assertEquals("biokg: " + fifo + ": not a regular file (a directory, device, FIFO or socket)",
                clean(2, "query", fifo.toString()));
        assertEquals("biokg: /dev/zero: not a regular file (a directory, device, FIFO or socket)",
                clean(2, "query", "/dev/zero"));
        assertEquals("biokg: " + tmp + ": not a regular file (a directory, device, FIFO or socket)",
                clean(2, "query", tmp.toString()));
    }

    @Test
    void factsTsvThatIsAFifoIsRefused() {
        assertEquals("biokg: " + fifo + ": not a regular file (a directory, device, FIFO or socket)",
                clean(2, "eval", "--gold", "src/test/resources/gold", "--facts", fifo.toString()));
    }

    @Test
    void aPasswordFileThatIsAFifoIsRefused() {
        assertEquals("biokg: password file not found: " + fifo, clean(2, "serve", "--store", tmp.toString(),
                "--password-file", fifo.toString()));
    }

    @Test
    void aFileOverMaxBytesIsRefusedBeforeItIsRead() throws IOException {
        Path big = Files.writeString(tmp.resolve("big.txt"), "Mira Kessel was a printer. ".repeat(100));
        assertEquals("biokg: " + big + ": file is 2,700 bytes, over the limit of 1,000 bytes (raise it with --max-bytes)",
                clean(2, "text", "--max-bytes", "1000", big.toString()));
    }

    @Test
    void anHtmlPageWithoutTextIsRefused() throws IOException {
        Path page = Files.writeString(tmp.resolve("empty.html"),
                "<!DOCTYPE html><html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>\n");
        assertEquals("biokg: " + page + ": an HTML page without text content", clean(2, "text", page.toString()));
    }
}
