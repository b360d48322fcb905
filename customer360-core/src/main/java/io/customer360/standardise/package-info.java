/**
 * The standardisation rules of SPEC §2: each turns one raw value into a
 * {@link io.customer360.standardise.Standardised} that is missing, invalid or a valid
 * normalised value.
 *
 * <p>Nullness: every {@code standardise}/{@code parse} method accepts a null raw value and reads
 * it as missing; none returns null or throws for bad input. {@link io.customer360.standardise.Text#clean}
 * returns null for a missing value. Other arguments (a {@code ValueKind}, a zone, a date order)
 * must not be null.
 *
 * <p>All rules are pure functions without shared mutable state, safe to call from any thread,
 * and run in time linear in the length of the value without regular expressions or exceptions.
 */
package io.customer360.standardise;
