/**
 * The standardisation rules of SPEC §2 as pure functions. Each takes a raw value (null allowed)
 * and returns a {@link io.customer360.standardise.Standardised} that is missing, invalid, or
 * valid with the normalised value; none returns null or throws on bad input.
 */
package io.customer360.standardise;
