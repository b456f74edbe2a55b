package org.biokg.cli;

import org.biokg.Progress;
import org.biokg.fixtures.MadeUpBiography;
import org.biokg.store.BiokgStore;
import org.biokg.store.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Progress lines on stderr: a redrawn bar on a terminal, plain lines otherwise, nothing when quiet. */
class ConsoleProgressTest {
    @TempDir
    Path tmp;

    @Test
    void bytesAreShownAsMegabytes() {
        StringWriter err = new StringWriter();
        Progress p = new ConsoleProgress(new PrintWriter(err, true), false);
        p.startBytes("linking entities: reading the WikiDict", 195_183_906L);
        p.finish();
        assertEquals("biokg: linking entities: reading the WikiDict (186 MB)...", err.toString().lines().findFirst().orElseThrow());
    }

    @Test
    void plainLinesSayWhatStartedAndHowLongItTook() {
        StringWriter err = new StringWriter();
        Progress p = new ConsoleProgress(new PrintWriter(err, true), false);
        p.start("extracting facts", 40);
        p.update(1);
        p.finish();
        List<String> lines = err.toString().lines().toList();
        assertEquals("biokg: extracting facts (40)...", lines.get(0));
        assertTrue(lines.get(lines.size() - 1).matches("biokg: extracting facts: done in \\d+\\.\\d s"), lines.toString());
        assertFalse(err.toString().contains("\033"), "no terminal control codes in a log");
    }

    @Test
    void onATerminalTheBarShowsAnEtaOnlyOnceEnoughIsDone() {
        StringWriter err = new StringWriter();
        Progress p = new ConsoleProgress(new PrintWriter(err, true), true);
        p.start("annotating 100 sentences with CoreNLP", 100);
        p.update(1);
        String early = err.toString();
        assertTrue(early.contains("[                              ]   1% annotating 100 sentences with CoreNLP"), early);
        assertFalse(early.contains("ETA"), "one sentence says nothing about the rest: " + early);
        p.update(50);
        String half = err.toString().substring(early.length());
        assertTrue(half.startsWith("\r\033[K[###############               ]  50% annotating"), half);
        assertTrue(half.matches("(?s).*, ETA \\d+ s"), half);
        int before = err.toString().length();
        p.finish();
        String last = err.toString().substring(before);
        assertTrue(last.matches("\r\033\\[Kbiokg: annotating 100 sentences with CoreNLP: done in \\d+\\.\\d s\\R"), last);
    }

    @Test
    void quietShowsNothing() {
        StringWriter err = new StringWriter();
        Progress p = ConsoleProgress.of(new PrintWriter(err, true), true);
        p.start("loading", 0);
        p.finish();
        assertEquals("", err.toString());
    }

    @Test
    void loadingTheStoreIsAStepWithProgress() {
        StringWriter err = new StringWriter();
        BiokgStore store = BiokgStore.at(tmp.resolve("store"));
        LoadResult loaded = BuildCommand.load(store, new BuildCommand.Build(MadeUpBiography.dataset(), null, java.util.List.of(), java.util.List.of(), null), new ConsoleProgress(new PrintWriter(err, true), false));
        assertTrue(loaded.triples() > 100);
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("biokg: loading the graph into the store " + store.root() + "...", lines.get(0));
        assertTrue(lines.get(1).startsWith("biokg: loading the graph into the store " + store.root() + ": done in "), lines.get(1));
    }
}
