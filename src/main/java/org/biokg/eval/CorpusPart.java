package org.biokg.eval;

import java.util.Locale;

/**
 * Which part of an annotated corpus a document belongs to. Rules are written against the development
 * part; the measured part is only scored, never read for misses, so that its figures say what a user
 * will see on a biography nobody tuned on.
 */
public enum CorpusPart {
    DEVELOPMENT, MEASURED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The part named {@code id} ("development" or "measured"), or null. */
    public static CorpusPart of(String id) {
        for (CorpusPart p : values()) {
            if (p.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
