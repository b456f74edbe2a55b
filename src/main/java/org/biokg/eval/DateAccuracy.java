package org.biokg.eval;

/**
 * Of the true positives whose gold fact has a start or end date, how many carry the right dates: every
 * gold date is matched by a predicted one that begins with it (a prediction may be more precise than the
 * gold, never less).
 *
 * @param checked true positives whose gold fact is dated
 * @param correct those whose predicted dates are right
 */
public record DateAccuracy(int checked, int correct) {
    public static final DateAccuracy NONE = new DateAccuracy(0, 0);

    /** correct / checked; 0 when nothing was checked. */
    public double accuracy() {
        return checked == 0 ? 0.0 : (double) correct / checked;
    }

    public DateAccuracy plus(DateAccuracy o) {
        return new DateAccuracy(checked + o.checked, correct + o.correct);
    }

    public DateAccuracy add(boolean right) {
        return new DateAccuracy(checked + 1, correct + (right ? 1 : 0));
    }
}
