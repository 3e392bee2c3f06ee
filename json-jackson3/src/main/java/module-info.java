import dev.parley.json.jackson3.ParleyModule;

/**
 * Parley's JSON module for Jackson 3: the same wire format, strictness, limits, error model and
 * NDJSON streaming as the Jackson 2 module ({@code dev.parley.json}), with the same codecs (from
 * {@code dev.parley.json.codec}), and a Jackson 3 {@link tools.jackson.databind.JacksonModule} that
 * {@code JsonMapper.builder().findAndAddModules()} finds through the service loader.
 */
module dev.parley.json.jackson3 {
  requires transitive dev.parley.core;
  requires transitive dev.parley.json.codec;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires com.google.common;
  requires static org.jspecify;

  exports dev.parley.json.jackson3;

  provides tools.jackson.databind.JacksonModule with
      ParleyModule;
}
