/**
 * Places: ISO 3166-1 countries, ISO 3166-2 regions, WGS84 coordinates and location precision with
 * its ACLED and UCDP codes.
 */
@NullMarked
package dev.parley.place;

import org.jspecify.annotations.NullMarked;
