package org.biokg.cli;

import org.biokg.Progress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr: a bar with percentage and ETA redrawn in place when stderr is a terminal, a plain line
 * every few seconds otherwise (logs and CI), nothing when quiet.
 */
final class ConsoleProgress implements Progress {
    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private String task;
    private long total;
    private boolean bytes;
    private long startNanos;
    private long lastPrint;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** The progress for a command: nothing when quiet, a bar when stderr is a terminal. */
    static Progress of(PrintWriter err, boolean quiet) {
        if (quiet) {
            return Progress.NONE;
        }
        return new ConsoleProgress(err, System.console() != null);
    }

    @Override
    public void startBytes(String task, long totalBytes) {
        begin(task, totalBytes, true);
    }

    @Override
    public void start(String task, long total) {
        begin(task, total, false);
    }

    private void begin(String task, long total, boolean inBytes) {
        this.task = task;
        this.total = total;
        this.bytes = inBytes;
        this.startNanos = System.nanoTime();
        this.lastPrint = this.startNanos;
        if (terminal) {
            draw(0);
        } else {
            err.println("biokg: " + task + (total > 0 ? " (" + amount(total) + ")" : "") + "...");
            err.flush();
        }
    }

    @Override
    public void update(long done) {
        long now = System.nanoTime();
        if (terminal) {
            draw(done);
        } else if (now - lastPrint > LINE_INTERVAL_NANOS && total > 0) {
            lastPrint = now;
            err.println("biokg: " + task + ": " + (bytes ? megabytes(done) + "/" + amount(total) : done + "/" + total)
                    + eta(done));
            err.flush();
        }
    }

    @Override
    public void finish() {
        double secs = (System.nanoTime() - startNanos) / 1e9;
        if (terminal) {
            err.print("\r\033[K");
        }
        err.println(String.format(Locale.ROOT, "biokg: %s: done in %.1f s", task, secs));
        err.flush();
    }

    /** "186 MB" for a task in bytes, else the count. */
    private String amount(long n) {
        return bytes ? megabytes(n) + " MB" : String.valueOf(n);
    }

    private static String megabytes(long n) {
        return String.format(Locale.ROOT, "%,d", Math.round(n / 1_048_576.0));
    }

    private void draw(long done) {
        StringBuilder sb = new StringBuilder("\r\033[K");
        if (total > 0) {
            int filled = (int) (BAR * Math.min(1.0, (double) done / total));
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%3d%% ", 100 * done / total));
        }
        sb.append(task).append(eta(done));
        err.print(sb);
        err.flush();
    }

    private String eta(long done) {
        // The first units are slow (warm-up), so an estimate from them would be far off: wait for 5%.
        if (total <= 0 || done < 2 || done * 20 < total) {
            return "";
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double left = elapsed * (total - done) / done;
        return String.format(Locale.ROOT, ", ETA %.0f s", left);
    }
}
