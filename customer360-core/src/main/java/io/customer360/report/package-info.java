/**
 * The run report: per-source counts, identity figures, the outputs written (rows, size and
 * SHA-256) and what was cleaned up after earlier runs.
 */
package io.customer360.report;
