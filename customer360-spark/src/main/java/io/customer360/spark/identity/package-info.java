/**
 * Identity resolution on Spark: customers as connected components of the graph of identifier
 * links, computed distributed by {@link io.customer360.spark.identity.ConnectedComponentsJob}.
 */
package io.customer360.spark.identity;
