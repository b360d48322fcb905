/**
 * The customer table's schema and rows, and the formats outputs are written in. A
 * {@link io.customer360.output.CustomerRow} value is null only in an optional column.
 */
package io.customer360.output;
