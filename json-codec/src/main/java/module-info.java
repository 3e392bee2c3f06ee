/**
 * The Parley JSON wire format without a JSON library: the error model ({@code
 * ParleyJsonException}), limits, NDJSON readers and writers in {@code dev.parley.json.format}, and
 * the codecs, which the Jackson 2 module ({@code dev.parley.json}) and the Jackson 3 module ({@code
 * dev.parley.json.jackson3}) drive through their own narrow token interfaces.
 */
module dev.parley.json.codec {
  requires transitive dev.parley.core;
  requires com.google.common;
  requires static org.jspecify;

  exports dev.parley.json.format;
  exports dev.parley.json.codec to
      dev.parley.json,
      dev.parley.json.jackson3;
  exports dev.parley.json.codec.io to
      dev.parley.json,
      dev.parley.json.jackson3;
  // The record types' list, for the Jackson 2 module's tests; the vocabulary is used only here.
  exports dev.parley.json.codec.records to
      dev.parley.json;
}
