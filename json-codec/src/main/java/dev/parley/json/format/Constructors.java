package dev.parley.json.format;

import dev.parley.json.codec.Failures;
import dev.parley.json.codec.FormatAccess;
import dev.parley.json.codec.LookupTables;
import dev.parley.json.codec.TokenFactory;
import dev.parley.json.codec.TokenWriter;
import java.io.InputStream;

/** The constructors of this package, for the engine of the JSON modules. */
final class Constructors implements FormatAccess.Constructors {
  @Override
  public Failures failures() {
    return ParleyJsonException::new;
  }

  @Override
  public NdjsonReader ndjsonReader(
      InputStream in, ErrorMode mode, TokenFactory tokens, JsonLimits limits, LookupTables tables) {
    return new NdjsonReader(in, mode, tokens, limits, tables);
  }

  @Override
  public NdjsonReader ndjsonReader(
      byte[] bytes, ErrorMode mode, TokenFactory tokens, JsonLimits limits, LookupTables tables) {
    return new NdjsonReader(bytes, mode, tokens, limits, tables);
  }

  @Override
  public NdjsonWriter ndjsonWriter(TokenWriter w, boolean header) {
    return new NdjsonWriter(w, header);
  }
}
