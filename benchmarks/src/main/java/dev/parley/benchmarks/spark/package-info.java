/**
 * Parley on Spark against the single-JVM reader and chronicle: {@link
 * dev.parley.benchmarks.spark.ScaleBenchmark}.
 */
package dev.parley.benchmarks.spark;
