/**
 * The run report: per-source counts, identity figures and output row counts.
 */
package io.customer360.report;
