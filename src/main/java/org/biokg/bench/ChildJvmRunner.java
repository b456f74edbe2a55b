package org.biokg.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.biokg.BiokgException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs each phase in a fresh JVM on this JVM's class path: models load cold, and the kernel's peak-RSS mark
 * (VmHWM) belongs to that phase alone. The phase's stderr (CoreNLP's logging) goes to a log file in the work
 * folder, named in the error when a phase fails.
 */
public final class ChildJvmRunner implements PhaseRunner {
    private final Path logDir;
    private final List<String> extraJvmOptions;
    private int count;

    public ChildJvmRunner(Path logDir, List<String> extraJvmOptions) {
        this.logDir = logDir;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
    }

    /**
     * This JVM's tuning flags (-XX:..., -Xss, -Xms), so that the phases run as the launcher runs biokg; flags that
     * would write files or attach tools are left out, and -Xmx is set per phase.
     */
    public static List<String> inheritedJvmOptions() {
        return inheritable(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static List<String> inheritable(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            boolean tuning = a.startsWith("-XX:") || a.startsWith("-Xss") || a.startsWith("-Xms");
            boolean sideEffect = a.contains("ArchiveClassesAtExit") || a.contains("FlightRecord") || a.contains("HeapDump")
                    || a.contains("ErrorFile") || a.contains("Xlog");
            if (tuning && !sideEffect)
                out.add(a);
        }
        return out;
    }

    /** This JVM's -Xmx value (e.g. "6g"), if it was given one. */
    public static java.util.Optional<String> inheritedHeap() {
        String heap = null;
        for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())
            if (a.startsWith("-Xmx"))
                heap = a.substring(4);
        return java.util.Optional.ofNullable(heap);
    }

    /** The java launcher of this JVM. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    List<String> command(String heap, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.add("-Xmx" + heap);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(extraJvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchPhase.class.getName());
        cmd.addAll(args);
        return cmd;
    }

    @Override
    public JsonObject run(String heap, List<String> args) {
        Path log = logDir.resolve(String.format("%02d-%s.log", ++count, args.get(0)));
        Path stdout = logDir.resolve(String.format("%02d-%s.out", count, args.get(0)));
        ProcessBuilder pb = new ProcessBuilder(command(heap, args))
                .redirectError(log.toFile())
                .redirectOutput(stdout.toFile());
        try {
            Files.createDirectories(logDir);
            Process p = pb.start();
            int code = p.waitFor();
            List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
            return parseResult(lines).orElseThrow(() -> new BiokgException(BiokgException.RUNTIME,
                    "benchmark phase '" + args.get(0) + "' failed (exit " + code + "); see " + log));
        } catch (IOException e) {
            throw new BiokgException(BiokgException.RUNTIME, "cannot start the benchmark phase '" + args.get(0) + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BiokgException(BiokgException.RUNTIME, "interrupted during benchmark phase '" + args.get(0) + "'");
        }
    }

    /** The phase's result line, if it printed one. */
    static java.util.Optional<JsonObject> parseResult(List<String> stdoutLines) {
        for (int i = stdoutLines.size() - 1; i >= 0; i--) {
            String line = stdoutLines.get(i);
            if (line.startsWith(BenchPhase.MARKER))
                return java.util.Optional.of(JsonParser.parseString(line.substring(BenchPhase.MARKER.length())).getAsJsonObject());
        }
        return java.util.Optional.empty();
    }
}
