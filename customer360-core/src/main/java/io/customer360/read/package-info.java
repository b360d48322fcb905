/**
 * How sources are read: the field schemas of each source, the raw records readers produce, and
 * the limits they enforce. A {@link io.customer360.read.RecordReader} returns null at the end of its
 * input; a raw value is null when the column or field is absent or JSON {@code null}.
 */
package io.customer360.read;
