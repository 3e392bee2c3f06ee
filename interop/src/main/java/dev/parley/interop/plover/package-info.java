/**
 * PLOVER event data: an importer for the events that fall in Parley's domain and an exporter of
 * records as PLOVER JSON Lines through the crosswalk.
 */
@NullMarked
package dev.parley.interop.plover;

import org.jspecify.annotations.NullMarked;
