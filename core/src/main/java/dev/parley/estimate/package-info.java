/**
 * Estimates: counts that are exact, at least some number, a low/best/high range, or explicitly
 * unknown; sums keep the bounds apart and never turn an unknown into a zero.
 */
@NullMarked
package dev.parley.estimate;

import org.jspecify.annotations.NullMarked;
