package org.biokg;

/**
 * A failure the user can act on, with a one-line message and the exit code to report. Stages throw it; the
 * command line prints the message (no stack trace) and exits with the code.
 */
public class BiokgException extends RuntimeException {
    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: the command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 1;
    /** Exit code: the input was bad (missing, empty, binary, wrong encoding, too large, malformed). */
    public static final int BAD_INPUT = 2;
    /** Exit code: something failed while running (port in use, locked store, I/O error). */
    public static final int RUNTIME = 3;

    private final int exitCode;

    public BiokgException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public BiokgException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public static BiokgException badInput(String message) {
        return new BiokgException(BAD_INPUT, message);
    }

    public static BiokgException runtime(String message, Throwable cause) {
        return new BiokgException(RUNTIME, message, cause);
    }

    public int exitCode() {
        return exitCode;
    }
}
