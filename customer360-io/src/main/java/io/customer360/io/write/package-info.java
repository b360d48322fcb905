/**
 * Writers of the run's output files: the customer table as Parquet
 * ({@link io.customer360.io.write.ParquetTableFormat}), the rejects as JSON Lines
 * ({@link io.customer360.io.write.JsonLinesRejectFormat}) and as the pipe-delimited
 * transaction log ({@link io.customer360.io.write.RejectedTransactionsLogFormat}), and the
 * run report as JSON ({@link io.customer360.io.write.JsonReportFormat}).
 *
 * <p>Every format creates its file new and fails when it already exists. Text outputs are
 * UTF-8 with LF line endings; an unpaired surrogate in a Java string is written as U+FFFD,
 * never as {@code ?}. Parameters and return values are never null unless documented; a null
 * value of an optional column is a missing value.
 */
package io.customer360.io.write;
