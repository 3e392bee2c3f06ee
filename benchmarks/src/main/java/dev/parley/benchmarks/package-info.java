/**
 * JMH benchmarks of Parley against what a user would write by hand with Jackson databind and plain
 * Java records. Every benchmark is reported as a ratio against a baseline run in the same JMH run.
 */
package dev.parley.benchmarks;
