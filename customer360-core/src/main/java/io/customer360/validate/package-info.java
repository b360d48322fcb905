/**
 * Built-in parsers that standardise and check raw records in SPEC §3 order, and the
 * {@link io.customer360.validate.Validator} interface for custom rules. A validator returns
 * {@code Optional.empty()} for a record that passes, never null.
 */
package io.customer360.validate;
