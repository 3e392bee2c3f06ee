/**
 * Time as reports give it: dates with their precision (day, week, month, year, range) and windows
 * with explicit time zones, with ISO 8601 text forms and ACLED's time_precision codes.
 */
@NullMarked
package dev.parley.time;

import org.jspecify.annotations.NullMarked;
