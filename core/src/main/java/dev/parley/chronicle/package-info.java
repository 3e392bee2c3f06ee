/**
 * The chronicle: one immutable collection of parties, places and records, validated as a whole and
 * indexed for the questions of the domain, with the CAMEO and PLOVER crosswalk.
 */
@NullMarked
package dev.parley.chronicle;

import org.jspecify.annotations.NullMarked;
