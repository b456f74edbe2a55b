package org.biokg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.Locale;

/** Range checks of numeric options: a value outside is a usage error (exit 1) that names the allowed range. */
final class OptionRanges {
    /** Most CoreNLP threads anybody needs; far above the cores of any machine this runs on. */
    static final int MAX_THREADS = 256;

    private OptionRanges() {
    }

    static int threads(CommandSpec spec, int n) {
        if (n < 1 || n > MAX_THREADS)
            throw error(spec, "--threads must be between 1 and " + MAX_THREADS + ", not " + n);
        return n;
    }

    static double confidence(CommandSpec spec, String option, double c) {
        if (!(c >= 0 && c <= 1))
            throw error(spec, option + " must be between 0 and 1, not " + c);
        return c;
    }

    static long maxBytes(CommandSpec spec, long n, long max) {
        if (n < 1 || n > max)
            throw error(spec, String.format(Locale.ROOT, "--max-bytes must be between 1 and %d, not %d", max, n));
        return n;
    }

    static long seconds(CommandSpec spec, String option, long s, long max) {
        if (s < 1 || s > max)
            throw error(spec, option + " must be between 1 and " + max + " seconds, not " + s);
        return s;
    }

    private static CommandLine.ParameterException error(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
