/**
 * Parley's core: immutable, validated value types for prisoner exchanges, ceasefires, territorial
 * claims, incidents and the chronicle that holds them. Free of Jackson; depends on Guava only.
 */
module dev.parley.core {
  requires com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static dev.parley.core.encoding; // build only: how generated classes store attributes
  requires static org.immutables.encode; // build only: the encodings' metadata
  requires static java.compiler; // the @Generated annotation on generated implementations

  exports dev.parley.ceasefire;
  exports dev.parley.chronicle;
  exports dev.parley.estimate;
  exports dev.parley.exchange;
  exports dev.parley.incident;
  exports dev.parley.negotiation;
  exports dev.parley.party;
  exports dev.parley.place;
  exports dev.parley.provenance;
  exports dev.parley.record;
  exports dev.parley.territory;
  exports dev.parley.time;
  exports dev.parley.validation;
}
