/**
 * Bringing event data in and out: the shared vocabulary of importers (options, findings, the
 * per-run report and the sink records go to) and the datasets they read.
 */
@NullMarked
package dev.parley.interop;

import org.jspecify.annotations.NullMarked;
