/**
 * A Spark job over Parley NDJSON: {@link dev.parley.examples.spark.ParleySparkJob}. Needs Spark at
 * run time ({@code spark-submit}); the rest of the examples does not.
 */
package dev.parley.examples.spark;
