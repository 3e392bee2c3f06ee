package dev.parley.json.format;

import dev.parley.json.codec.Engine;
import dev.parley.json.codec.FormatAccess;
import dev.parley.json.codec.io.Failures;
import dev.parley.json.codec.io.LookupTables;
import dev.parley.json.codec.io.TokenFactory;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.validation.Violation;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The constructors of this package, for the engine of the JSON modules. */
final class Constructors implements FormatAccess.Constructors {
  /**
   * The maker of exceptions. A class rather than a constructor reference: a reference is linked
   * when first used, which a fresh JVM pays for on its first read.
   */
  static final Failures FAILURES =
      new Failures() {
        @Override
        public ParleyJsonException create(
            ParleyJsonException.Kind kind,
            String pointer,
            long line,
            int column,
            String detail,
            List<Violation> violations,
            @Nullable Throwable cause) {
          return new ParleyJsonException(kind, pointer, line, column, detail, violations, cause);
        }
      };

  @Override
  public Failures failures() {
    return FAILURES;
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
  public JsonFormat.Setup setup(Engine engine) {
    return new JsonFormat.Setup(engine);
  }

  @Override
  public NdjsonWriter ndjsonWriter(TokenWriter w, boolean header) {
    return new NdjsonWriter(w, header);
  }
}
