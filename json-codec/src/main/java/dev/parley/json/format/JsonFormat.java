package dev.parley.json.format;

import static java.util.Objects.requireNonNull;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.codec.Engine;
import dev.parley.json.codec.io.Header;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Parley JSON format's reading and writing, whichever Jackson line parses and generates the
 * text: the common type of {@code dev.parley.json.ParleyJson} (Jackson 2) and {@code
 * dev.parley.json.jackson3.ParleyJson} (Jackson 3), which read and write the same bytes with the
 * same limits and errors. Code that only reads and writes Parley values can take a {@code
 * JsonFormat} and leave the choice of Jackson to the application.
 *
 * <pre>{@code
 * JsonFormat json = ParleyJson.defaults();          // either module's entry point
 * String text = json.write(party);                 // pretty-printed, ends with a newline
 * Party back = json.read(text, Party.class);        // strict: any flaw throws ParleyJsonException
 * Object any = json.readRecord(text);              // a record of any type, by its "type"
 * Chronicle c = json.readChronicle(document);      // a whole chronicle document
 * }</pre>
 *
 * <p>Single values are records ({@code Party}, {@code Place}, ...), chronicle documents ({@code
 * Chronicle}) or vocabulary values ({@code Estimate}, {@code TimeWindow}, {@code Source}, ...).
 * Every failed read throws {@link ParleyJsonException}; limits are those of {@link #limits()}.
 * Instances are immutable and thread-safe. Only Parley's JSON modules extend this class.
 */
public abstract class JsonFormat {
  /** The format's name, carried by NDJSON headers and chronicle documents. */
  public static final String FORMAT = Header.FORMAT;

  /** The format version this library writes and reads. */
  public static final int VERSION = Header.VERSION;

  private final JsonLimits limits;

  /** The format's reading and writing over one JSON library's tokens. */
  private final Engine engine;

  /**
   * Creates the format; for Parley's JSON modules.
   *
   * @param setup what the module hands the format, not null
   */
  protected JsonFormat(Setup setup) {
    this.engine = setup.engine;
    this.limits = engine.limits();
  }

  /**
   * What a Parley JSON module hands the format it extends: its Jackson parsers and generators, and
   * the limits. Only Parley's JSON modules make one: it has no public constructor and no public
   * method. Instances are immutable and thread-safe.
   */
  public static final class Setup {
    final Engine engine;

    Setup(Engine engine) {
      this.engine = requireNonNull(engine, "engine");
    }
  }

  /**
   * Returns a copy with other limits.
   *
   * @param newLimits the limits
   * @return the reader and writer, not null
   */
  public abstract JsonFormat withLimits(JsonLimits newLimits);

  /**
   * Returns the limits that reading enforces.
   *
   * @return the limits, not null
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads one value from a document.
   *
   * @param <T> the value's type
   * @param json the document
   * @param type the value's type: a record type such as {@code Party.class}, {@code
   *     Chronicle.class}, or a vocabulary type such as {@code Estimate.class}
   * @return the value, not null
   * @throws ParleyJsonException if the document is not exactly one valid value of that type
   * @throws IllegalArgumentException if the format has no such type
   */
  public <T> T read(String json, Class<T> type) {
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads one value from a UTF-8 document.
   *
   * @param <T> the value's type
   * @param json the document
   * @param type the value's type
   * @return the value, not null
   * @throws ParleyJsonException if the document is not exactly one valid value of that type
   * @throws IllegalArgumentException if the format has no such type
   */
  public <T> T read(byte[] json, Class<T> type) {
    return engine.read(json, type);
  }

  /**
   * Reads one value from a UTF-8 document; the stream is read to its end but not closed.
   *
   * @param <T> the value's type
   * @param json the document
   * @param type the value's type
   * @return the value, not null
   * @throws ParleyJsonException if the document is not exactly one valid value of that type, or the
   *     stream fails ({@link Kind#IO})
   * @throws IllegalArgumentException if the format has no such type
   */
  public <T> T read(InputStream json, Class<T> type) {
    return engine.read(json, type);
  }

  /**
   * Reads one record of any type, chosen by its {@code type} property.
   *
   * @param json the document
   * @return the record, such as a {@code Party}; not null
   * @throws ParleyJsonException if the document is not exactly one valid record
   */
  public Object readRecord(String json) {
    return readRecord(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads one record of any type from a UTF-8 document.
   *
   * @param json the document
   * @return the record, not null
   * @throws ParleyJsonException if the document is not exactly one valid record
   */
  public Object readRecord(byte[] json) {
    return engine.readRecord(json);
  }

  /**
   * Reads one record of any type from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the record, not null
   * @throws ParleyJsonException if the document is not exactly one valid record
   */
  public Object readRecord(InputStream json) {
    return engine.readRecord(json);
  }

  /**
   * Writes a value as a pretty-printed document: two-space indents, {@code "name": value}, {@code
   * \n} line ends and a final newline. Equal values give identical text.
   *
   * @param value a record, a chronicle or a vocabulary value
   * @return the document, not null
   * @throws IllegalArgumentException if the format has no codec for the value's type
   */
  public String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /**
   * Writes a value as a pretty-printed UTF-8 document, as {@link #write(Object)} does.
   *
   * @param value a record or a vocabulary value
   * @return the document's bytes, not null
   * @throws IllegalArgumentException if the format has no codec for the value's type
   */
  public byte[] writeBytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    write(value, out);
    return out.toByteArray();
  }

  /**
   * Writes a value as a pretty-printed UTF-8 document to a stream, which is flushed but not closed.
   *
   * @param value a record or a vocabulary value
   * @param out the stream
   * @throws IllegalArgumentException if the format has no codec for the value's type
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object value, OutputStream out) {
    engine.write(value, out);
  }

  /**
   * Reads a chronicle document: {@code {"format": "parley", "version": 1, "parties": [...],
   * "places": [...], "records": [...]}}. The same as {@code read(json, Chronicle.class)}.
   *
   * @param json the document
   * @return the chronicle, with parties, places and records in document order; not null
   * @throws ParleyJsonException if the document is not exactly one valid chronicle document; a
   *     wrong or late header fails with {@link Kind#UNSUPPORTED_FORMAT}, a bad record with the
   *     pointer of the offending value inside it, such as {@code /records/3/date}
   */
  public Chronicle readChronicle(String json) {
    return read(json, Chronicle.class);
  }

  /**
   * Reads a UTF-8 chronicle document, as {@link #readChronicle(String)} does.
   *
   * @param json the document
   * @return the chronicle, not null
   * @throws ParleyJsonException if the document is not exactly one valid chronicle document
   */
  public Chronicle readChronicle(byte[] json) {
    return read(json, Chronicle.class);
  }

  /**
   * Reads a UTF-8 chronicle document from a stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the chronicle, not null
   * @throws ParleyJsonException if the document is not exactly one valid chronicle document, or the
   *     stream fails ({@link Kind#IO})
   */
  public Chronicle readChronicle(InputStream json) {
    return read(json, Chronicle.class);
  }

  /**
   * Writes a chronicle as a pretty-printed chronicle document: the header, then its parties, places
   * and records, each in the chronicle's order, duplicates included. The same as {@code
   * write(chronicle)}.
   *
   * @param chronicle the chronicle
   * @return the document, not null
   * @throws IllegalArgumentException if a record is of a type the format cannot write
   */
  public String writeChronicle(Chronicle chronicle) {
    return write(requireNonNull(chronicle, "chronicle"));
  }

  /**
   * Writes a chronicle document to a stream, which is flushed but not closed. Nothing is written if
   * a record is of a type the format cannot write.
   *
   * @param chronicle the chronicle
   * @param out the stream
   * @throws IllegalArgumentException if a record is of a type the format cannot write
   * @throws UncheckedIOException if the stream fails
   */
  public void writeChronicle(Chronicle chronicle, OutputStream out) {
    write(requireNonNull(chronicle, "chronicle"), out);
  }

  /**
   * Returns whether a class is one of the format's record types, which {@link #readRecord}, {@link
   * NdjsonWriter#write} and chronicle documents can carry.
   *
   * @param type a class, such as {@code Party.class} or {@code Exchange.class}
   * @return true if the format has a record codec for the class or a supertype of it
   */
  public boolean isRecordType(Class<?> type) {
    return engine.isRecordType(type);
  }

  /**
   * Opens an NDJSON stream for reading and checks its header line.
   *
   * @param in the stream, read one line at a time; closed by the reader's {@code close()}
   * @param mode whether a bad line ends reading or is returned as an invalid record
   * @return the reader, not null
   * @throws ParleyJsonException of kind {@link Kind#UNSUPPORTED_FORMAT} if the first line is not
   *     the header of this format and version, or {@link Kind#IO} if the stream fails
   */
  public NdjsonReader ndjsonReader(InputStream in, ErrorMode mode) {
    return engine.ndjsonReader(in, mode);
  }

  /**
   * Opens an NDJSON document held in memory, such as a request body, for reading and checks its
   * header line. The array is read in place, not copied; it must not change while it is read.
   *
   * @param ndjson the document, header line first
   * @param mode whether a bad line ends reading or is returned as an invalid record
   * @return the reader, not null
   * @throws ParleyJsonException of kind {@link Kind#UNSUPPORTED_FORMAT} if the first line is not
   *     the header of this format and version
   */
  public NdjsonReader ndjsonReader(byte[] ndjson, ErrorMode mode) {
    return engine.ndjsonReader(ndjson, mode);
  }

  /**
   * Starts an NDJSON stream: writes the header line, then one record per line.
   *
   * @param out the stream; closed by the writer's {@code close()}
   * @return the writer, not null
   * @throws UncheckedIOException if the stream fails
   */
  public NdjsonWriter ndjsonWriter(OutputStream out) {
    return engine.ndjsonWriter(out, true);
  }

  /**
   * Appends records to an NDJSON stream that already has its header, one record per line.
   *
   * @param out the stream, positioned after the last complete line; closed by the writer's {@code
   *     close()}
   * @return the writer, not null
   */
  public NdjsonWriter ndjsonAppender(OutputStream out) {
    return engine.ndjsonWriter(out, false);
  }
}
