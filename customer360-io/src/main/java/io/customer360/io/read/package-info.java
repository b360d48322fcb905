/**
 * File readers for the three input formats of SPEC §1: delimited text ({@link
 * io.customer360.io.read.DelimitedFileInput}) and JSON Lines or a JSON array ({@link
 * io.customer360.io.read.JsonLinesFileInput}).
 *
 * <p>Both return a {@link io.customer360.read.RecordReader} whose {@code read()} returns null at the
 * end of the input and never fails on a bad record: a record that cannot be read comes back as
 * a {@linkplain io.customer360.read.RawRecord#malformed malformed} record carrying its 1-based
 * physical start line and its original text, and reading goes on. A file that cannot be read as
 * its source at all (missing, a directory, zero bytes, no header, missing or duplicated column)
 * fails in {@code open} with a {@link io.customer360.error.SchemaException} naming the file; one that
 * exists but cannot be opened or read fails with an {@link io.customer360.error.InputException} naming
 * the system's reason. Inputs are read once, front to back, so named pipes work like files.
 *
 * <p>Nullness: parameters and return values are non-null unless documented otherwise. A raw
 * value is null when the column or field is absent or a JSON {@code null}.
 *
 * <p>Everything but the two {@code SourceInput} implementations is package-private. Logging goes
 * through SLF4J and carries paths, line numbers and counts, never record contents.
 */
package io.customer360.io.read;
