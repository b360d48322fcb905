/**
 * The command line of the Spark pipeline, {@link io.customer360.spark.cli.SparkCli}: run with
 * {@code java -jar customer360-spark.jar} on this machine or with {@code spark-submit} on a
 * cluster.
 */
package io.customer360.spark.cli;
