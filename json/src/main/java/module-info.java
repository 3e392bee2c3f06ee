import dev.parley.json.ParleyModule;

/**
 * Parley's JSON module for Jackson 2: the documented wire format, strict reading, NDJSON streaming
 * (the shared types of {@code dev.parley.json.format}, from {@code dev.parley.json.codec}) and a
 * Jackson {@link com.fasterxml.jackson.databind.Module} that {@code
 * ObjectMapper.findAndRegisterModules()} finds through the service loader.
 */
module dev.parley.json {
  requires transitive dev.parley.core;
  requires transitive dev.parley.json.codec;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires static org.jspecify;

  exports dev.parley.json;

  opens dev.parley.json.schema;

  provides com.fasterxml.jackson.databind.Module with
      ParleyModule;
}
