package org.biokg.bench;

import com.google.gson.JsonObject;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Watches this JVM while a phase runs: the peak of used heap (sampled every few milliseconds, so a short spike
 * between two samples can be missed), the process's peak resident set (the kernel's own high-water mark,
 * VmHWM, exact) and the CPU time of all its threads. RSS is process-wide, which is why every phase runs in a
 * JVM of its own.
 */
final class ResourceMonitor implements AutoCloseable {
    private static final long SAMPLE_MILLIS = 5;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakHeapBytes;

    private ResourceMonitor() {
        sampler = new Thread(this::sample, "bench-heap-sampler");
        sampler.setDaemon(true);
    }

    static ResourceMonitor start() {
        ResourceMonitor m = new ResourceMonitor();
        m.sampler.start();
        return m;
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peakHeapBytes)
                peakHeapBytes = used;
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Highest used heap seen so far, in MB. */
    double peakHeapMb() {
        long used = memory.getHeapMemoryUsage().getUsed();
        return Math.max(peakHeapBytes, used) / (1024.0 * 1024.0);
    }

    /** Adds the phase's memory figures to its result: peak heap used, peak RSS and the heap's limit, in MB. */
    void record(JsonObject r) {
        r.addProperty("peak_heap_mb", peakHeapMb());
        r.addProperty("peak_rss_mb", peakRssMb());
        r.addProperty("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
    }

    /** Peak resident set of this process (VmHWM), in MB; NaN where /proc is not there. */
    static double peakRssMb() {
        return procStatusKb("VmHWM").stream().mapToDouble(kb -> kb / 1024.0).findFirst().orElse(Double.NaN);
    }

    /** Current resident set (VmRSS), in MB; NaN where /proc is not there. */
    static double rssMb() {
        return procStatusKb("VmRSS").stream().mapToDouble(kb -> kb / 1024.0).findFirst().orElse(Double.NaN);
    }

    /** CPU time of the whole process so far (all threads, GC and JIT included), in seconds. */
    static double processCpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun)
            return sun.getProcessCpuTime() / 1e9;
        return Double.NaN;
    }

    private static OptionalLong procStatusKb(String field) {
        try {
            return parseStatusKb(Files.readAllLines(Path.of("/proc/self/status")), field);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The value in kB of a "Field:   1234 kB" line of /proc/PID/status. */
    static OptionalLong parseStatusKb(List<String> statusLines, String field) {
        for (String line : statusLines) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]));
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
