package dev.parley.json.codec;

import static java.util.Objects.requireNonNull;

import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.CountingInput;
import dev.parley.json.codec.io.Failures;
import dev.parley.json.codec.io.InputEnd;
import dev.parley.json.codec.io.LookupTables;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenFactory;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.records.RecordTypes;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What the {@code ParleyJson} entry points of the Jackson 2 and Jackson 3 modules do, over the
 * readers and writers of one {@link TokenFactory}: reading whole documents, writing them
 * pretty-printed, opening NDJSON streams.
 *
 * <pre>{@code
 * Engine engine = new Engine(limits, new Jackson2Tokens(limits));
 * Party p = engine.read(bytes, Party.class);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Engine {
  private final JsonLimits limits;
  private final TokenFactory tokens;
  private final Failures failures = FormatAccess.failures();

  /** The ids, codes and dates this engine has read, shared between its reads; bounded. */
  private final LookupTables tables = new LookupTables();

  /**
   * Creates the engine.
   *
   * @param limits the limits reading enforces
   * @param tokens the readers and writers, configured with the same limits
   */
  public Engine(JsonLimits limits, TokenFactory tokens) {
    this.limits = requireNonNull(limits, "limits");
    this.tokens = requireNonNull(tokens, "tokens");
  }

  /**
   * Returns the limits.
   *
   * @return the limits, not null
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads one value from a UTF-8 document.
   *
   * @param <T> the value's type
   * @param json the document
   * @param type the value's type
   * @return the value, not null
   */
  public <T> T read(byte[] json, Class<T> type) {
    Codec<T> codec = codec(type);
    checkSize(json);
    return readDocument(json, codec::read);
  }

  /**
   * Reads one value from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param <T> the value's type
   * @param json the document
   * @param type the value's type
   * @return the value, not null
   */
  public <T> T read(InputStream json, Class<T> type) {
    Codec<T> codec = codec(type);
    return readStream(json, codec::read);
  }

  /**
   * Reads one record of any type from a UTF-8 document.
   *
   * @param json the document
   * @return the record, not null
   */
  public Object readRecord(byte[] json) {
    checkSize(json);
    return readDocument(json, RecordTypes::readAny);
  }

  /**
   * Reads one record of any type from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the record, not null
   */
  public Object readRecord(InputStream json) {
    return readStream(json, RecordTypes::readAny);
  }

  /**
   * Writes a value as a pretty-printed UTF-8 document, with a final newline, to a stream, which is
   * flushed but not closed.
   *
   * @param value a record, a chronicle or a vocabulary value
   * @param out the stream
   */
  @SuppressWarnings("unchecked")
  public void write(Object value, OutputStream out) {
    Codec<Object> codec = (Codec<Object>) codec(value.getClass());
    try (TokenWriter g = tokens.prettyWriter(out)) {
      codec.write(value, g);
      g.writeLineEnd();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns whether a class is one of the format's record types.
   *
   * @param type the class
   * @return true if the format has a record codec for it or a supertype
   */
  public boolean isRecordType(Class<?> type) {
    return RecordTypes.byClass(requireNonNull(type, "type")) != null;
  }

  /**
   * Opens an NDJSON stream for reading.
   *
   * @param in the stream
   * @param mode the error mode
   * @return the reader, not null
   */
  public NdjsonReader ndjsonReader(InputStream in, ErrorMode mode) {
    return FormatAccess.get()
        .ndjsonReader(
            requireNonNull(in, "in"), requireNonNull(mode, "mode"), tokens, limits, tables);
  }

  /**
   * Opens an NDJSON document held in an array for reading.
   *
   * @param ndjson the document
   * @param mode the error mode
   * @return the reader, not null
   */
  public NdjsonReader ndjsonReader(byte[] ndjson, ErrorMode mode) {
    return FormatAccess.get()
        .ndjsonReader(
            requireNonNull(ndjson, "ndjson"), requireNonNull(mode, "mode"), tokens, limits, tables);
  }

  /**
   * Starts an NDJSON stream, with or without its header line.
   *
   * @param out the stream
   * @param header whether to write the header line first
   * @return the writer, not null
   */
  public NdjsonWriter ndjsonWriter(OutputStream out, boolean header) {
    try {
      return FormatAccess.get().ndjsonWriter(tokens.lineWriter(requireNonNull(out, "out")), header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> Codec<T> codec(Class<T> type) {
    Codec<T> codec = Codecs.forClass(type);
    if (codec == null) {
      throw new IllegalArgumentException("the Parley format has no codec for " + type.getName());
    }
    return codec;
  }

  private void checkSize(byte[] json) {
    if (json.length > limits.maxDocumentBytes()) {
      throw failures.create(
          Kind.LIMIT_EXCEEDED,
          "",
          0,
          0,
          "document of "
              + json.length
              + " bytes is larger than the limit of "
              + limits.maxDocumentBytes(),
          List.of(),
          null);
    }
  }

  private <T> T readDocument(byte[] json, Documents.ValueReader<T> reader) {
    Utf8.requireUtf8(json, 0, json.length, 1);
    try (TokenReader p = tokens.reader(json, 0, json.length)) {
      return Documents.read(
          p,
          ReadContext.of(limits, failures, tables),
          reader,
          InputEnd.of(json, 0, json.length, tokens.checksUtf8()));
    } catch (IOException e) {
      throw failures.create(Kind.IO, "", 0, 0, String.valueOf(e.getMessage()), List.of(), e);
    }
  }

  private <T> T readStream(InputStream stream, Documents.ValueReader<T> reader) {
    CountingInput json =
        new CountingInput(Utf8.requireUtf8(requireNonNull(stream, "json")), tokens.checksUtf8());
    try (TokenReader p = tokens.reader(json)) {
      return Documents.read(p, ReadContext.of(limits, failures, tables), reader, json);
    } catch (IOException e) {
      throw failures.create(Kind.IO, "", 0, 0, String.valueOf(e.getMessage()), List.of(), e);
    }
  }
}
