package dev.parley.json.format;

import dev.parley.json.codec.Documents;
import dev.parley.json.codec.Header;
import dev.parley.json.codec.InputEnd;
import dev.parley.json.codec.LookupTables;
import dev.parley.json.codec.ReadContext;
import dev.parley.json.codec.RecordTypes;
import dev.parley.json.codec.Token;
import dev.parley.json.codec.TokenFactory;
import dev.parley.json.codec.TokenReader;
import dev.parley.json.codec.Utf8;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final InputStream in;
  private final ErrorMode mode;
  private final TokenFactory tokens;
  private final JsonLimits limits;
  private final ReadContext base;

  /** For the batch parser, whose failed reads are done again line by line. */
  private final ReadContext quiet;

  private final byte[] buf;
  private int pos;
  private int end;
  private byte[] line = new byte[1 << 12];

  /**
   * The current line: {@code line} or {@code buf}, from {@code lineOffset}, {@code length} bytes.
   */
  private byte[] lineBytes = line;

  private int lineOffset;
  private int length;

  /** The parser over whole lines of {@code buf}, or null. */
  private @Nullable TokenReader batch;

  /** Where in {@code buf} the batch parser starts. */
  private int batchStart;

  /** Where in {@code buf} the line after the batch parser's last value starts. */
  private int batchNext = -1;

  /** Just past the object {@link #readBatchValue} read last. */
  private int valueEnd;

  private boolean overflow;
  private long lineNumber;
  private @Nullable NdjsonRecord next;
  private boolean finished;

  NdjsonReader(
      InputStream in, ErrorMode mode, TokenFactory tokens, JsonLimits limits, LookupTables tables) {
    this(in, new byte[1 << 16], 0, mode, tokens, limits, tables);
  }

  /** Reads {@code bytes} in place: the array is the buffer, and the stream is at its end. */
  NdjsonReader(
      byte[] bytes, ErrorMode mode, TokenFactory tokens, JsonLimits limits, LookupTables tables) {
    this(InputStream.nullInputStream(), bytes, bytes.length, mode, tokens, limits, tables);
  }

  private NdjsonReader(
      InputStream in,
      byte[] buf,
      int end,
      ErrorMode mode,
      TokenFactory tokens,
      JsonLimits limits,
      LookupTables tables) {
    this.in = in;
    this.buf = buf;
    this.end = end;
    this.mode = mode;
    this.tokens = tokens;
    this.limits = limits;
    this.base = ReadContext.of(limits, ParleyJsonException::new, tables);
    this.quiet = base.forRetriedRead();
    readHeader();
  }

  private void readHeader() {
    if (!readLine()) {
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
    NdjsonRecord header = parse(Header::read);
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
      NdjsonRecord direct = readDirect();
      if (direct != null) {
        next = direct;
      } else if (readLine()) {
        next = readRecord();
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
      throw new NoSuchElementException("no more lines after line " + lineNumber);
    }
    NdjsonRecord r = next;
    next = null;
    if (mode == ErrorMode.FAIL_FAST && r != null && !r.isValid()) {
      finished = true;
      throw r.error().orElseThrow();
    }
    return java.util.Objects.requireNonNull(r);
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
    return lineNumber;
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
    closeBatch();
    try {
      in.close();
    } catch (IOException e) {
      throw new ParleyJsonException(
          Kind.IO, "", lineNumber, 0, String.valueOf(e.getMessage()), List.of(), e);
    }
  }

  private NdjsonRecord parse(Documents.ValueReader<?> reader) {
    ReadContext ctx = base.onLine(lineNumber);
    if (overflow) {
      return NdjsonRecord.invalid(
          lineNumber,
          new ParleyJsonException(
              Kind.LIMIT_EXCEEDED,
              "",
              lineNumber,
              limits.maxRecordBytes() + 1,
              "line is longer than the limit of " + limits.maxRecordBytes() + " bytes",
              List.of(),
              null));
    }
    if (isBlank()) {
      return NdjsonRecord.invalid(
          lineNumber,
          new ParleyJsonException(
              Kind.MALFORMED,
              "",
              lineNumber,
              1,
              "blank line; every line holds one record",
              List.of(),
              null));
    }
    try (TokenReader p = tokens.reader(lineBytes, lineOffset, length)) {
      Utf8.requireUtf8(lineBytes, lineOffset, length, lineNumber);
      return NdjsonRecord.valid(
          lineNumber,
          Documents.read(
              p, ctx, reader, InputEnd.of(lineBytes, lineOffset, length, tokens.checksUtf8())));
    } catch (ParleyJsonException e) {
      return NdjsonRecord.invalid(lineNumber, e);
    } catch (IOException e) {
      return NdjsonRecord.invalid(
          lineNumber,
          new ParleyJsonException(
              Kind.IO, "", lineNumber, 0, String.valueOf(e.getMessage()), List.of(), e));
    }
  }

  private NdjsonRecord readRecord() {
    if (lineBytes == buf && !overflow && !isBlank()) {
      Object value = readFromBatch();
      if (value != null) {
        return NdjsonRecord.valid(lineNumber, value);
      }
    }
    return parse(RecordTypes::readAny);
  }

  /**
   * Reads the current line, which lies whole in {@code buf}, with the batch parser; null if that
   * parser cannot read it cleanly, in which case the line is read again alone.
   */
  private @Nullable Object readFromBatch() {
    int lineEnd = lineOffset + length;
    try {
      if (batch == null || batchNext != lineOffset) {
        openBatch();
      }
      Object value = readBatchValue(lineOffset, lineEnd);
      if (value == null || blanksEnd(buf, valueEnd, lineEnd) != lineEnd) {
        closeBatch();
        return null;
      }
      batchNext = pos;
      return value;
    } catch (IOException e) {
      closeBatch();
      return null;
    }
  }

  /**
   * Reads the next line's record with the open batch parser and only then finds the line's end
   * just after it, so that the line is not scanned twice: for a line that starts with the
   * record's {@code {}. Null if that does not give a clean record, with nothing consumed; the
   * line is then read the usual way.
   */
  private @Nullable NdjsonRecord readDirect() {
    int start = pos;
    if (batch == null || batchNext != start || start >= end || buf[start] != '{') {
      return null;
    }
    Object value = readBatchValue(start, end);
    if (value == null) {
      return null;
    }
    int i = blanksEnd(buf, valueEnd, end);
    int lineEnd = i > start && buf[i - 1] == '\r' ? i - 1 : i;
    if (i >= end || buf[i] != '\n' || lineEnd - start > limits.maxRecordBytes()) {
      closeBatch();
      return null;
    }
    pos = i + 1;
    batchNext = pos;
    lineNumber++;
    return NdjsonRecord.valid(lineNumber, value);
  }

  /**
   * Reads one record object with the batch parser, which must lie on one line within {@code
   * buf[from, to)}; sets {@link #valueEnd} to just past it. Null, with the batch parser closed, if
   * the parser fails or the object is not where it should be.
   */
  private @Nullable Object readBatchValue(int from, int to) {
    TokenReader p = java.util.Objects.requireNonNull(batch);
    try {
      if (p.nextToken() != Token.START_OBJECT) {
        closeBatch();
        return null;
      }
      Object value = RecordTypes.readAny(p, quiet);
      if (p.currentToken() != Token.END_OBJECT) {
        closeBatch();
        return null;
      }
      // Offsets of a parser over part of an array count from the part's start; the current
      // location is just past the object's last byte. The object must lie within the line.
      long after = batchStart + p.currentByteOffset();
      if (after <= from
          || after > to
          || buf[(int) after - 1] != '}'
          || indexOfNewline(buf, from, (int) after) >= 0) {
        closeBatch();
        return null;
      }
      if (!tokens.checksUtf8() && InputEnd.invalidUtf8(buf, from, (int) after - from) != null) {
        closeBatch();
        return null;
      }
      valueEnd = (int) after;
      return value;
    } catch (ParleyJsonException | IOException e) {
      closeBatch();
      return null;
    }
  }

  /**
   * The index of the first byte in {@code b[from, to)} that is not a space, tab or CR; else {@code
   * to}.
   */
  private static int blanksEnd(byte[] b, int from, int to) {
    int i = from;
    while (i < to && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
    return i;
  }

  /** Opens the batch parser at the current line, up to the last whole line in {@code buf}. */
  private void openBatch() throws IOException {
    closeBatch();
    int last = end - 1;
    while (buf[last] != '\n') {
      last--;
    }
    batchStart = lineOffset;
    batch = tokens.batchReader(buf, lineOffset, last + 1 - lineOffset);
  }

  private void closeBatch() {
    TokenReader p = batch;
    batch = null;
    batchNext = -1;
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // a parser over a byte array does not fail to close
      }
    }
  }

  private boolean isBlank() {
    return blanksEnd(lineBytes, lineOffset, lineOffset + length) == lineOffset + length;
  }

  /**
   * Reads the next line: in place if it lies whole in {@code buf}, else copied into {@code line};
   * false at the end of the stream.
   */
  private boolean readLine() {
    length = 0;
    overflow = false;
    int newline = indexOfNewline(buf, pos, end);
    if (newline >= 0) {
      lineBytes = buf;
      lineOffset = pos;
      length = newline - pos;
      pos = newline + 1;
      lineNumber++;
      stripCarriageReturn();
      return true;
    }
    lineBytes = line;
    lineOffset = 0;
    boolean any = false;
    try {
      while (true) {
        if (pos == end) {
          closeBatch();
          int n = in.read(buf, 0, buf.length);
          if (n <= 0) {
            if (any) {
              lineNumber++;
            }
            stripCarriageReturn();
            return any;
          }
          pos = 0;
          end = n;
        }
        any = true;
        int start = pos;
        int at = indexOfNewline(buf, start, end);
        int i = at < 0 ? end : at;
        append(start, i - start);
        if (i < end) {
          pos = i + 1;
          lineNumber++;
          stripCarriageReturn();
          return true;
        }
        pos = end;
      }
    } catch (IOException e) {
      finished = true;
      throw new ParleyJsonException(
          Kind.IO, "", lineNumber + 1, 0, String.valueOf(e.getMessage()), List.of(), e);
    }
  }

  /**
   * The index of the first {@code \n} in {@code b[from, to)}, or -1: eight bytes at a time, with
   * the zero-byte test of Hacker's Delight (the lowest flagged byte is always a true match).
   */
  static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
      long zero = (w - 0x0101010101010101L) & ~w & 0x8080808080808080L;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void stripCarriageReturn() {
    if (!overflow && length > 0 && lineBytes[lineOffset + length - 1] == '\r') {
      length--;
    }
    if (length > limits.maxRecordBytes()) {
      overflow = true;
      length = 0;
    }
  }

  private void append(int from, int n) {
    if (overflow) {
      return;
    }
    if (length + n > limits.maxRecordBytes() + 1) {
      overflow = true;
      length = 0;
      return;
    }
    if (length + n > line.length) {
      line =
          java.util.Arrays.copyOf(
              line, Math.max(length + n, Math.min(line.length * 2, limits.maxRecordBytes() + 1)));
      lineBytes = line;
    }
    System.arraycopy(buf, from, line, length, n);
    length += n;
  }
}
