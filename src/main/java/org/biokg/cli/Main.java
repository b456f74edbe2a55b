package org.biokg.cli;

import org.biokg.BiokgException;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point of the {@code biokg} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // A warning is one line as biokg's own errors are ("biokg: warning: set aside ..."), not the JDK's two.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null)
            System.setProperty("java.util.logging.SimpleFormatter.format", "biokg: %4$s: %5$s%6$s%n");
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /**
     * Runs one command line in-process and returns its exit code; tests call this instead of starting a JVM
     * (a fresh JVM reloads 500 MB of CoreNLP models).
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    /** The configured picocli command line: exit codes and error handling as documented in the README. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new BiokgCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof BiokgException b ? b.exitCode() : BiokgException.RUNTIME);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("biokg: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return BiokgException.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            if (ex instanceof BiokgException b) {
                c.getErr().println("biokg: " + b.getMessage());
                return b.exitCode();
            }
            // An unexpected failure: one line for the user; the trace only when asked for.
            c.getErr().println("biokg: internal error: " + ex);
            if (Boolean.getBoolean("biokg.debug") || System.getenv("BIOKG_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("(set BIOKG_DEBUG=1 for the stack trace)");
            }
            return BiokgException.RUNTIME;
        });
        return cl;
    }
}
