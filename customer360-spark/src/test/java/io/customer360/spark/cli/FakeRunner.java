package io.customer360.spark.cli;

import io.customer360.report.RunReport;
import io.customer360.spark.SparkCustomer360;
import org.apache.spark.sql.SparkSession;

/**
 * A runner that starts no Spark: it records what the command line asked of it, and fails a
 * start with {@link #startFailure} (by default an {@link IllegalStateException}), which the
 * command line reports.
 */
class FakeRunner implements SparkRunner {
    Boolean verboseLogging;
    boolean started;
    String master = "(not asked)";
    RuntimeException startFailure = new IllegalStateException("no Spark in this test");

    @Override
    public void configureLogging(boolean verbose) {
        this.verboseLogging = verbose;
    }

    @Override
    public SparkSession start(String master) {
        this.started = true;
        this.master = master;
        throw startFailure;
    }

    @Override
    public RunReport run(SparkCustomer360 pipeline) {
        throw new AssertionError("no pipeline runs without a session");
    }
}
