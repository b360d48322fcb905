package io.customer360.spark.identity;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@link ConnectedComponentsJob#run} found: every vertex's component label, not yet
 * collected anywhere, and how many rounds it took.
 *
 * @param labels one row per distinct vertex: columns {@value ConnectedComponentsJob#ID} and
 *               {@value ConnectedComponentsJob#COMPONENT} (both {@code long}, never null), the
 *               component being the smallest id of the vertex's component. Lazy: computed
 *               from the converged edges when an action runs on it
 * @param rounds the large-star/small-star rounds that ran until no label could change; 0 when
 *               the edges were already stars around their smallest ids
 */
public record ComponentLabels(Dataset<Row> labels, int rounds) {
}
