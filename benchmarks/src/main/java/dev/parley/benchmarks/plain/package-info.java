/**
 * The baseline of the benchmarks: plain, unvalidated Java records of the same JSON shape as
 * Parley's record types, read and written with a default Jackson {@code ObjectMapper}.
 */
package dev.parley.benchmarks.plain;
