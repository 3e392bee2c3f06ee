/**
 * The UCDP Georeferenced Event Dataset (GED) importer and the Gleditsch-Ward country table it
 * needs.
 */
@NullMarked
package dev.parley.interop.ucdp;

import org.jspecify.annotations.NullMarked;
