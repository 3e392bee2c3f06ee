/**
 * Implementation details shared by Parley's packages; not part of the public API and not exported
 * by the module.
 */
@NullMarked
package dev.parley.internal;

import org.jspecify.annotations.NullMarked;
