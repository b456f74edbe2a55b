package org.biokg;

/**
 * Reports progress of long work (CoreNLP annotation, extraction, loading). Stages call it; the command
 * line decides how to show it (a bar with ETA on a terminal, plain lines otherwise, nothing with --quiet).
 */
public interface Progress {
    /** Starts a task of {@code total} units (total &lt;= 0: unknown). */
    void start(String task, long total);

    /** Starts a task measured in bytes ({@code update} counts bytes), shown as megabytes. */
    default void startBytes(String task, long totalBytes) {
        start(task, totalBytes);
    }

    /** {@code done} units of the current task are finished. */
    void update(long done);

    /** The current task is finished. */
    void finish();

    /** A progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {
        }

        @Override
        public void update(long done) {
        }

        @Override
        public void finish() {
        }
    };
}
