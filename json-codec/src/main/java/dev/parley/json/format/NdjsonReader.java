package dev.parley.json.format;

import dev.parley.json.codec.io.Header;
import dev.parley.json.codec.io.LookupTables;
import dev.parley.json.codec.io.TokenFactory;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads an NDJSON stream one record at a time, in constant memory: the header line, then one record
 * per line.
 *
 * <pre>{@code
 * try (NdjsonReader in = ParleyJson.defaults().ndjsonReader(stream, ErrorMode.COLLECT)) {
 *   in.stream().filter(NdjsonRecord::isValid).map(NdjsonRecord::value).forEach(chronicle::add);
 * }
 * }</pre>
 *
 * <p>Each line is read on its own and is bounded by {@link JsonLimits#maxRecordBytes()}; a line end
 * is {@code \n} or {@code \r\n}, and a final line end is optional. A blank line is a bad line. With
 * {@link ErrorMode#FAIL_FAST} the first bad line makes {@link #next()} throw and ends the stream;
 * with {@link ErrorMode#COLLECT} it is returned as an invalid {@link NdjsonRecord} and reading goes
 * on. A failing input stream throws {@link ParleyJsonException} of kind {@link Kind#IO} in either
 * mode. A reader is not thread-safe.
 *
 * <p>Lines that lie whole in the read buffer are read by one parser per buffer rather than one per
 * line. A line that parser cannot read cleanly and alone (a bad line, a value running on into the
 * next line, content after the value) is read again by a parser of its own, so its error, line and
 * column are those of the line read alone.
 */
public final class NdjsonReader implements Iterator<NdjsonRecord>, Closeable {
  private final ErrorMode mode;
  private final LineSource lines;
  private final LineDecoder decoder;
  private @Nullable NdjsonRecord next;
  private boolean finished;

  NdjsonReader(
      InputStream in, ErrorMode mode, TokenFactory tokens, JsonLimits limits, LookupTables tables) {
    this(LineSource.of(in, limits.maxRecordBytes()), mode, tokens, limits, tables);
  }

  /** Reads {@code bytes} in place: the array is the buffer, and the stream is at its end. */
  NdjsonReader(
      byte[] bytes, ErrorMode mode, TokenFactory tokens, JsonLimits limits, LookupTables tables) {
    this(LineSource.of(bytes, limits.maxRecordBytes()), mode, tokens, limits, tables);
  }

  private NdjsonReader(
      LineSource lines,
      ErrorMode mode,
      TokenFactory tokens,
      JsonLimits limits,
      LookupTables tables) {
    this.lines = lines;
    this.mode = mode;
    this.decoder = new LineDecoder(tokens, limits, tables);
    readHeader();
  }

  private void readHeader() {
    if (!nextLine()) {
      throw new ParleyJsonException(
          Kind.UNSUPPORTED_FORMAT,
          "",
          1,
          1,
          "the stream is empty; expected the header {\"format\":\""
              + Header.FORMAT
              + "\",\"version\":"
              + Header.VERSION
              + "}",
          List.of(),
          null);
    }
    NdjsonRecord header = decoder.decode(lines, LineDecoder.HEADER);
    if (!header.isValid()) {
      ParleyJsonException e = header.error().orElseThrow();
      throw e.kind() == Kind.UNSUPPORTED_FORMAT
          ? e
          : new ParleyJsonException(
              Kind.UNSUPPORTED_FORMAT,
              e.pointer(),
              e.line(),
              e.column(),
              "expected the header line: " + e.detail(),
              List.of(),
              e);
    }
  }

  /**
   * Returns whether another line follows.
   *
   * @return true if {@link #next()} returns a record or, in fail-fast mode, throws
   * @throws ParleyJsonException of kind {@link Kind#IO} if the stream fails
   */
  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      NdjsonRecord direct = decoder.readDirect(lines);
      if (direct != null) {
        next = direct;
      } else if (nextLine()) {
        next = decoder.record(lines);
      } else {
        finished = true;
      }
    }
    return next != null;
  }

  /**
   * Returns the next line's record.
   *
   * @return the record; in collect mode possibly an invalid one
   * @throws NoSuchElementException if there are no more lines
   * @throws ParleyJsonException in fail-fast mode, the first bad line's error; reading ends
   */
  @Override
  public NdjsonRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more lines after line " + lines.lineNumber());
    }
    NdjsonRecord r = next;
    next = null;
    if (mode == ErrorMode.FAIL_FAST && r != null && !r.isValid()) {
      finished = true;
      throw r.error().orElseThrow();
    }
    return Objects.requireNonNull(r);
  }

  /**
   * Returns the remaining lines as a sequential stream, read lazily; closing the stream closes this
   * reader.
   *
   * @return the stream, not null
   */
  public Stream<NdjsonRecord> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Returns the number of the last line read.
   *
   * @return 1 after the header, 0 before
   */
  public long lineNumber() {
    return lines.lineNumber();
  }

  /**
   * Closes the underlying stream.
   *
   * @throws ParleyJsonException of kind {@link Kind#IO} if closing fails
   */
  @Override
  public void close() {
    finished = true;
    next = null;
    decoder.close();
    try {
      lines.close();
    } catch (IOException e) {
      throw new ParleyJsonException(
          Kind.IO, "", lines.lineNumber(), 0, String.valueOf(e.getMessage()), List.of(), e);
    }
  }

  /** Moves to the next line; false at the end of the stream. */
  private boolean nextLine() {
    try {
      return lines.next();
    } catch (IOException e) {
      finished = true;
      throw new ParleyJsonException(
          Kind.IO, "", lines.lineNumber() + 1, 0, String.valueOf(e.getMessage()), List.of(), e);
    }
  }
}
