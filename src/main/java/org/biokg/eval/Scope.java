package org.biokg.eval;

/** The half-open range {@code [lo, hi)} of character offsets a gold set covers. */
public record Scope(int lo, int hi) {
    public Scope {
        if (lo < 0 || hi < lo) {
            throw new IllegalArgumentException("bad scope [" + lo + ", " + hi + ")");
        }
    }

    public boolean contains(int offset) {
        return lo <= offset && offset < hi;
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + ")";
    }
}
