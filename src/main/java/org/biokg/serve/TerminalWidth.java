package org.biokg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The width of the terminal output goes to: $COLUMNS, else what {@code stty} says; no limit when not a terminal. */
public final class TerminalWidth {
    /** When the terminal's width cannot be learned. */
    static final int FALLBACK = 120;

    private TerminalWidth() {
    }

    public static int columns() {
        String env = System.getenv("COLUMNS");
        if (env != null && env.strip().matches("\\d{2,4}")) {
            return Integer.parseInt(env.strip());
        }
        if (System.console() == null) {
            return Integer.MAX_VALUE;
        }
        return stty();
    }

    /** "rows cols" from {@code stty size} on the controlling terminal. */
    private static int stty() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroy();
                return FALLBACK;
            }
            String[] parts = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
            return parts.length == 2 && parts[1].matches("\\d+") && Integer.parseInt(parts[1]) > 20
                    ? Integer.parseInt(parts[1]) : FALLBACK;
        } catch (IOException e) {
            return FALLBACK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FALLBACK;
        }
    }
}
