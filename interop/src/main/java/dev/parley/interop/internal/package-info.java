/** Shared machinery of the importers and exporters; not part of the API. */
@NullMarked
package dev.parley.interop.internal;

import org.jspecify.annotations.NullMarked;
