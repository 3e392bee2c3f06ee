/** Flat CSV tables, one per record type, for pandas, R and spreadsheets. */
@NullMarked
package dev.parley.interop.csv;

import org.jspecify.annotations.NullMarked;
