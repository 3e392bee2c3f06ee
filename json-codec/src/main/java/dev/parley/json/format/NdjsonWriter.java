package dev.parley.json.format;

import static java.util.Objects.requireNonNull;

import dev.parley.json.codec.io.Header;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.records.RecordTypes;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes records to an NDJSON stream, one compact line each, ending in {@code \n}.
 *
 * <pre>{@code
 * try (NdjsonWriter out = ParleyJson.defaults().ndjsonWriter(Files.newOutputStream(file))) {
 *   out.write(ukraine).write(rakivka);
 * }
 * }</pre>
 *
 * <p>A writer from {@code ParleyJson.ndjsonWriter} starts with the header line {@code
 * {"format":"parley","version":1}}; one from {@code ParleyJson.ndjsonAppender} appends to a stream
 * that already has it. Output is buffered until {@link #flush()} or {@link #close()}. A writer is
 * not thread-safe.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final TokenWriter g;
  private long count;

  NdjsonWriter(TokenWriter g, boolean header) {
    this.g = g;
    if (header) {
      try {
        Header.write(g);
        g.writeLineEnd();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Appends one record as one line.
   *
   * @param record a record, such as a {@code Party} or a {@code Place}
   * @return this writer
   * @throws IllegalArgumentException if the value is not of a record type
   * @throws UncheckedIOException if the stream fails
   */
  public NdjsonWriter write(Object record) {
    requireNonNull(record, "record");
    try {
      RecordTypes.writeAny(record, g);
      g.writeLineEnd();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
    return this;
  }

  /**
   * Returns how many records this writer has written.
   *
   * @return zero or more
   */
  public long count() {
    return count;
  }

  /**
   * Writes buffered lines to the stream and flushes it.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void flush() {
    try {
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the writer and its stream.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void close() {
    try {
      g.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
