package dev.parley.json.format;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of an NDJSON stream: its line number and either the record read from it or the exception
 * that says why it could not be read.
 *
 * <pre>{@code
 * NdjsonRecord r = reader.next();
 * if (r.isValid()) {
 *   r.valueAs(Party.class).ifPresent(parties::add);
 * } else {
 *   System.err.println("line " + r.line() + ": " + r.error().get().getMessage());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NdjsonRecord {
  private final long line;
  private final @Nullable Object value;
  private final @Nullable ParleyJsonException error;

  private NdjsonRecord(long line, @Nullable Object value, @Nullable ParleyJsonException error) {
    this.line = line;
    this.value = value;
    this.error = error;
  }

  static NdjsonRecord valid(long line, Object value) {
    return new NdjsonRecord(line, requireNonNull(value), null);
  }

  static NdjsonRecord invalid(long line, ParleyJsonException error) {
    return new NdjsonRecord(line, null, requireNonNull(error));
  }

  /**
   * Returns the line number in the stream, the header being line 1.
   *
   * @return 2 or more
   */
  public long line() {
    return line;
  }

  /**
   * Returns whether the line held a valid record.
   *
   * @return true if {@link #value()} returns a record
   */
  public boolean isValid() {
    return error == null;
  }

  /**
   * Returns the record.
   *
   * @return the record, such as a {@code Party}; not null
   * @throws ParleyJsonException the line's error, if the line was bad
   */
  public Object value() {
    if (error != null) {
      throw error;
    }
    return requireNonNull(value);
  }

  /**
   * Returns the record if it is of a given type.
   *
   * @param <T> the record type
   * @param type the record type, such as {@code Party.class}
   * @return the record, or empty if the line was bad or holds another type
   */
  public <T> Optional<T> valueAs(Class<T> type) {
    return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
  }

  /**
   * Returns why the line could not be read.
   *
   * @return the exception, with the line number as its line; empty for a valid line
   */
  public Optional<ParleyJsonException> error() {
    return Optional.ofNullable(error);
  }

  /** Returns {@code line N: record} or {@code line N: error}. */
  @Override
  public String toString() {
    return "line " + line + ": " + (error != null ? error.getMessage() : String.valueOf(value));
  }
}
