/**
 * Parley's interop module: streaming importers for ACLED, UCDP GED and PLOVER event data, and
 * exporters to flat CSV tables, GeoJSON and PLOVER JSON Lines. Depends on the core, Jackson and
 * jackson-dataformat-csv; the core stays free of Jackson.
 */
module dev.parley.interop {
  requires transitive dev.parley.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.google.common;
  requires static org.jspecify;
  requires static org.immutables
      .value
      .annotations; // for Javadoc: the core's style annotations name its enums

  exports dev.parley.interop;
  exports dev.parley.interop.acled;
  exports dev.parley.interop.ucdp;
  exports dev.parley.interop.plover;
  exports dev.parley.interop.csv;
  exports dev.parley.interop.geojson;

  opens dev.parley.interop.internal; // the lookup tables are resources of this package
}
