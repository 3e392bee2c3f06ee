/**
 * Provenance: every figure is somebody's statement. A {@link dev.parley.provenance.Source} says who
 * said it, where and when; a {@link dev.parley.provenance.Statement} adds whether they claim,
 * confirm, deny or dispute it.
 */
@NullMarked
package dev.parley.provenance;

import org.jspecify.annotations.NullMarked;
