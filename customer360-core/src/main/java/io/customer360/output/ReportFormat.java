package io.customer360.output;

import io.customer360.report.RunReport;
import java.io.IOException;
import java.nio.file.Path;

/** A file format for the run report, such as {@code run_report.json}. */
@FunctionalInterface
public interface ReportFormat {

    /**
     * Creates {@code file} (which must not exist) holding the report.
     *
     * @param report the report to write
     * @param file   the file to create
     * @throws IOException when the file cannot be written
     */
    void write(RunReport report, Path file) throws IOException;
}
