package org.biokg.bench;

import com.google.gson.JsonObject;
import org.biokg.bench.BenchReport.ScalePoint;

import java.util.List;

/**
 * A way of writing out one {@link BenchReport} (a table for people, JSON for tools): the report and the phases'
 * details each writer reads, taken apart once here.
 */
abstract class BenchView {
    protected final BenchReport report;
    protected final JsonObject machine;
    protected final JsonObject floor;
    protected final JsonObject kbp;
    protected final JsonObject cold;
    protected final JsonObject warm;
    protected final JsonObject recode;
    protected final JsonObject queries;
    protected final List<ScalePoint> scaling;

    BenchView(BenchReport report) {
        this.report = report;
        this.machine = report.machine();
        this.floor = report.floor();
        this.kbp = report.kbp();
        this.cold = report.cold();
        this.warm = report.warm();
        this.recode = report.recode();
        this.queries = report.queries();
        this.scaling = report.scaling();
    }
}
