/**
 * Reading a finished run's merge explanations back: {@link io.customer360.io.explain.CustomerLinksFile}
 * finds one customer in {@code customer_links.parquet} by its {@code customer_id}, an e-mail or
 * a user UUID, streaming through the file, and gives its
 * {@link io.customer360.explain.Explanation}. Like the writer, the reader needs no Hadoop at
 * run time.
 */
package io.customer360.io.explain;
