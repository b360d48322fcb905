/**
 * Reading one file of a Hadoop file system as a distributed collection of the records the
 * local readers give, with the same line numbers, split across Spark tasks.
 */
package io.customer360.spark.read;
