/**
 * Parley on Apache Spark: NDJSON files read into one {@code Dataset<Row>} per record type and a
 * dataset of rejected lines ({@link dev.parley.spark.ParleySpark}, {@link
 * dev.parley.spark.ParleyData}), the chronicle's cross-record rules as joins and aggregations, the
 * domain's aggregations, writing back to NDJSON and Parquet, and the conversion between rows and
 * Parley values for user code ({@link dev.parley.spark.ParleyRows}).
 */
@NullMarked
package dev.parley.spark;

import org.jspecify.annotations.NullMarked;
