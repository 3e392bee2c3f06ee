/**
 * GeoJSON (RFC 7946) FeatureCollections of places, incidents and territorial claims for web maps
 * and GIS.
 */
@NullMarked
package dev.parley.interop.geojson;

import org.jspecify.annotations.NullMarked;
