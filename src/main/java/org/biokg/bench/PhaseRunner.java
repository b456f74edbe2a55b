package org.biokg.bench;

import com.google.gson.JsonObject;

import java.util.List;

/** Runs one benchmark phase ({@link BenchPhase}'s arguments) and returns what it measured. */
@FunctionalInterface
public interface PhaseRunner {
    /**
     * @param heap maximum heap of the phase's JVM, as for -Xmx (e.g. "6g")
     * @param args the phase and its arguments, as {@link BenchPhase#main} takes them
     */
    JsonObject run(String heap, List<String> args);
}
