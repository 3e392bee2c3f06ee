package dev.parley.json.format;

import dev.parley.json.codec.Documents;
import dev.parley.json.codec.Utf8;
import dev.parley.json.codec.io.Header;
import dev.parley.json.codec.io.InputEnd;
import dev.parley.json.codec.io.LookupTables;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenFactory;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.records.RecordTypes;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns the lines of a {@link LineSource} into records through the codecs: each line into a valid
 * {@link NdjsonRecord} or an invalid one that carries the line's error.
 *
 * <p>A line read alone ({@link #decode}) gets a parser of its own, so its error, line and column
 * are those of the line as a document. Lines that lie whole in the read buffer are first tried with
 * one parser over every whole line of the buffer ({@link #record}, {@link #readDirect}); a line
 * that parser cannot read cleanly and alone (a bad line, a value running on into the next line,
 * content after the value) is read again alone. Not thread-safe.
 */
final class LineDecoder {
  /**
   * A record of any type, by its {@code type}. Readers here are classes rather than method
   * references, which a fresh JVM links on first use.
   */
  static final Documents.ValueReader<Object> RECORD =
      new Documents.ValueReader<>() {
        @Override
        public Object read(TokenReader p, ReadContext ctx) throws IOException {
          return RecordTypes.readAny(p, ctx);
        }
      };

  /** The header line: the format's name and version. */
  static final Documents.ValueReader<Integer> HEADER =
      new Documents.ValueReader<>() {
        @Override
        public Integer read(TokenReader p, ReadContext ctx) throws IOException {
          return Header.read(p, ctx);
        }
      };

  private final TokenFactory tokens;
  private final int maxLineBytes;
  private final ReadContext base;

  /** For the batch parser, whose failed reads are done again line by line. */
  private final ReadContext quiet;

  /** The parser over whole lines of the read buffer, or null. */
  private @Nullable TokenReader batch;

  /** The source's refill count when the batch parser was opened. */
  private int batchRefills;

  /** Where in the read buffer the batch parser starts. */
  private int batchStart;

  /** Where in the read buffer the line after the batch parser's last value starts. */
  private int batchNext = -1;

  /**
   * The batch parser's line of its next value: values start each on a line of their own, right
   * after the previous value's line end, so a value that ends on any other line spans lines.
   */
  private int batchLine;

  /** Just past the object {@link #readBatchValue} read last. */
  private int valueEnd;

  LineDecoder(TokenFactory tokens, JsonLimits limits, LookupTables tables) {
    this.tokens = tokens;
    this.maxLineBytes = limits.maxRecordBytes();
    this.base = ReadContext.of(limits, Constructors.FAILURES, tables);
    this.quiet = base.forRetriedRead();
  }

  /**
   * Reads the source's current line alone, as a document of its own.
   *
   * @param lines the source, on the line
   * @param reader what the line holds
   * @return the record, valid or not
   */
  NdjsonRecord decode(LineSource lines, Documents.ValueReader<?> reader) {
    long number = lines.lineNumber();
    if (lines.overflow()) {
      return NdjsonRecord.invalid(
          number,
          new ParleyJsonException(
              Kind.LIMIT_EXCEEDED,
              "",
              number,
              maxLineBytes + 1,
              "line is longer than the limit of " + maxLineBytes + " bytes",
              List.of(),
              null));
    }
    if (lines.isBlank()) {
      return NdjsonRecord.invalid(
          number,
          new ParleyJsonException(
              Kind.MALFORMED,
              "",
              number,
              1,
              "blank line; every line holds one record",
              List.of(),
              null));
    }
    return decode(lines.bytes(), lines.offset(), lines.length(), number, reader);
  }

  /**
   * Reads one line, which is neither blank nor over-long, alone.
   *
   * @param bytes the array that holds it
   * @param offset where it starts
   * @param length its length, line end excluded
   * @param number its 1-based number in the stream
   * @param reader what the line holds
   * @return the record, valid or not
   */
  NdjsonRecord decode(
      byte[] bytes, int offset, int length, long number, Documents.ValueReader<?> reader) {
    try (TokenReader p = tokens.reader(bytes, offset, length)) {
      Utf8.requireUtf8(bytes, offset, length, number);
      return NdjsonRecord.valid(
          number,
          Documents.read(
              p,
              base.onLine(number),
              reader,
              InputEnd.of(bytes, offset, length, tokens.checksUtf8())));
    } catch (ParleyJsonException e) {
      return NdjsonRecord.invalid(number, e);
    } catch (IOException e) {
      return NdjsonRecord.invalid(
          number,
          new ParleyJsonException(
              Kind.IO, "", number, 0, String.valueOf(e.getMessage()), List.of(), e));
    }
  }

  /**
   * Reads the source's current line as a record of any type: with the batch parser if the line lies
   * whole in the read buffer and that parser reads it cleanly, else alone.
   *
   * @param lines the source, on the line
   * @return the record, valid or not
   */
  NdjsonRecord record(LineSource lines) {
    if (lines.inBuffer() && !lines.overflow() && !lines.isBlank()) {
      Object value = readFromBatch(lines);
      if (value != null) {
        return NdjsonRecord.valid(lines.lineNumber(), value);
      }
    }
    return decode(lines, RECORD);
  }

  /**
   * Reads the next line's record with the open batch parser before its line end is found, and then
   * finds the line's end just after it, so that the line is not scanned twice: for a line that
   * starts with the record's <code>{</code> right after the batch parser's last line.
   *
   * @param lines the source, before the line
   * @return the record, with the source moved past its line; null, with nothing consumed, if that
   *     does not give a clean record: the line is then read the usual way
   */
  @Nullable NdjsonRecord readDirect(LineSource lines) {
    int start = lines.position();
    if (batch == null
        || batchRefills != lines.refills()
        || batchNext != start
        || start >= lines.limit()
        || lines.buffer()[start] != '{') {
      return null;
    }
    Object value = readBatchValue(lines.buffer(), start, lines.limit());
    if (value == null) {
      return null;
    }
    if (!lines.endLineAfter(valueEnd)) {
      closeBatch();
      return null;
    }
    batchNext = lines.position();
    return NdjsonRecord.valid(lines.lineNumber(), value);
  }

  /** Closes the batch parser, if one is open. */
  void close() {
    closeBatch();
  }

  /**
   * Reads the current line, which lies whole in the read buffer, with the batch parser; null if
   * that parser cannot read it cleanly, in which case the line is read again alone.
   */
  private @Nullable Object readFromBatch(LineSource lines) {
    byte[] buf = lines.buffer();
    int lineOffset = lines.offset();
    int lineEnd = lineOffset + lines.length();
    if (batch == null || batchRefills != lines.refills() || batchNext != lineOffset) {
      openBatch(lines);
      if (batch == null) {
        return null;
      }
    }
    Object value = readBatchValue(buf, lineOffset, lineEnd);
    if (value == null || LineSource.blanksEnd(buf, valueEnd, lineEnd) != lineEnd) {
      closeBatch();
      return null;
    }
    batchNext = lines.position();
    return value;
  }

  /**
   * Reads one record object with the batch parser, which must lie on one line within {@code
   * buf[from, to)}; sets {@link #valueEnd} to just past it. Null, with the batch parser closed, if
   * the parser fails or the object is not where it should be.
   */
  private @Nullable Object readBatchValue(byte[] buf, int from, int to) {
    TokenReader p = Objects.requireNonNull(batch);
    try {
      if (p.nextToken() != Token.START_OBJECT) {
        closeBatch();
        return null;
      }
      p.cursors().startRoot();
      Object value = RecordTypes.readAny(p, quiet);
      if (p.currentToken() != Token.END_OBJECT) {
        closeBatch();
        return null;
      }
      // Offsets of a parser over part of an array count from the part's start; the current
      // location is just past the object's last byte. The object must lie within the line.
      // The parser counts every line end it passes, so a value that ends on the line it started
      // on holds none; one that ends elsewhere (or follows a stray carriage return) is read alone.
      long offset = p.currentByteOffsetOnLine(batchLine);
      long after = batchStart + offset;
      if (offset < 0 || after <= from || after > to || buf[(int) after - 1] != '}') {
        closeBatch();
        return null;
      }
      if (!tokens.checksUtf8() && InputEnd.invalidUtf8(buf, from, (int) after - from) != null) {
        closeBatch();
        return null;
      }
      valueEnd = (int) after;
      batchLine++;
      return value;
    } catch (ParleyJsonException | IOException e) {
      closeBatch();
      return null;
    }
  }

  /** Opens the batch parser at the current line, up to the last whole line in the buffer. */
  private void openBatch(LineSource lines) {
    closeBatch();
    batchStart = lines.offset();
    batchRefills = lines.refills();
    batchLine = 1;
    try {
      batch = tokens.batchReader(lines.buffer(), batchStart, lines.wholeLinesEnd() - batchStart);
    } catch (IOException e) {
      batch = null;
    }
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
}
