package org.biokg.bench;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were taken on: CPU model, cores, memory, Java, and how busy the machine was. */
final class Machine {
    private Machine() {
    }

    static JsonObject describe() {
        JsonObject m = new JsonObject();
        m.addProperty("cpu", cpuModel(lines("/proc/cpuinfo")));
        m.addProperty("cores", Runtime.getRuntime().availableProcessors());
        m.addProperty("memory_gb", Math.round(ResourceMonitor.parseStatusKb(lines("/proc/meminfo"), "MemTotal").orElse(0) / 1024.0 / 1024.0 * 10) / 10.0);
        m.addProperty("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }

    /** The "model name" of the first processor in /proc/cpuinfo, or "unknown". */
    static String cpuModel(List<String> cpuinfo) {
        for (String line : cpuinfo) {
            if (line.startsWith("model name")) {
                int colon = line.indexOf(':');
                if (colon > 0)
                    return line.substring(colon + 1).trim();
            }
        }
        return "unknown";
    }

    /** The 1-minute load average (runnable processes), or NaN where /proc is not there. */
    static double loadAverage() {
        List<String> l = lines("/proc/loadavg");
        try {
            return l.isEmpty() ? Double.NaN : Double.parseDouble(l.get(0).split("\\s+")[0]);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
