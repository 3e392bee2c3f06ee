package dev.parley.json.codec;

import dev.parley.json.codec.io.Failures;
import dev.parley.json.codec.io.LookupTables;
import dev.parley.json.codec.io.TokenFactory;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonFormat;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import java.io.InputStream;

/**
 * Reaches the constructors of the public types of {@code dev.parley.json.format}, which are not
 * public: that package installs the one implementation when {@link ParleyJsonException} is
 * initialised.
 */
public final class FormatAccess {
  /** The constructors. */
  public interface Constructors {
    /**
     * Returns the maker of exceptions.
     *
     * @return the maker, not null
     */
    Failures failures();

    /**
     * Opens an NDJSON stream.
     *
     * @param in the stream
     * @param mode the error mode
     * @param tokens the parsers
     * @param limits the limits
     * @param tables where values read are shared
     * @return the reader, not null
     */
    NdjsonReader ndjsonReader(
        InputStream in,
        ErrorMode mode,
        TokenFactory tokens,
        JsonLimits limits,
        LookupTables tables);

    /**
     * Opens an NDJSON document held in an array.
     *
     * @param bytes the document
     * @param mode the error mode
     * @param tokens the parsers
     * @param limits the limits
     * @param tables where values read are shared
     * @return the reader, not null
     */
    NdjsonReader ndjsonReader(
        byte[] bytes, ErrorMode mode, TokenFactory tokens, JsonLimits limits, LookupTables tables);

    /**
     * Starts an NDJSON writer.
     *
     * @param w the writer of compact lines
     * @param header whether to write the header line
     * @return the writer, not null
     */
    NdjsonWriter ndjsonWriter(TokenWriter w, boolean header);

    /**
     * Hands an engine to the format a module extends, without naming it in the format's public API.
     *
     * @param engine the module's engine
     * @return what {@code JsonFormat}'s constructor takes, not null
     */
    JsonFormat.Setup setup(Engine engine);
  }

  private static volatile Constructors constructors;

  private FormatAccess() {}

  /**
   * Installs the constructors; done once, by {@code dev.parley.json.format}.
   *
   * @param c the constructors
   * @throws IllegalStateException if they are installed already
   */
  public static synchronized void install(Constructors c) {
    if (constructors != null) {
      throw new IllegalStateException("installed already");
    }
    constructors = c;
  }

  /**
   * Returns the constructors.
   *
   * @return the constructors, not null
   */
  public static Constructors get() {
    Constructors c = constructors;
    if (c == null) {
      try {
        Class.forName(
            ParleyJsonException.class.getName(), true, FormatAccess.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      c = java.util.Objects.requireNonNull(constructors);
    }
    return c;
  }

  /**
   * Returns the maker of exceptions.
   *
   * @return the maker, not null
   */
  public static Failures failures() {
    return get().failures();
  }
}
