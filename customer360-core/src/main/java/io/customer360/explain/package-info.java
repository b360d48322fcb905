/**
 * Merge explanations read back: one customer's rows of {@code customer_links.parquet} as
 * {@link io.customer360.explain.CustomerLink} values, and {@link io.customer360.explain.Explanation},
 * which arranges them as a tree rooted at the customer's anchor and finds the chain of
 * evidence between two of its identifiers. {@link io.customer360.explain.ExplanationText}
 * writes both as lines for people. Nothing here reads files; customer360-io's
 * {@code CustomerLinksFile} does.
 */
package io.customer360.explain;
