package org.biokg.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample. */
final class Percentiles {
    private Percentiles() {
    }

    /** The {@code p}-th percentile (0 &lt; p &lt;= 100) by the nearest-rank method: a value of the sample. */
    static double of(double[] sample, double p) {
        if (sample.length == 0)
            throw new IllegalArgumentException("empty sample");
        if (p <= 0 || p > 100)
            throw new IllegalArgumentException("percentile outside (0, 100]: " + p);
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
