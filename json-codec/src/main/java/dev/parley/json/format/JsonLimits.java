package dev.parley.json.format;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * The limits Parley's JSON reading enforces, far below Jackson's own, so that hostile input fails
 * fast and cheaply.
 *
 * <pre>{@code
 * JsonLimits big = JsonLimits.defaults().withMaxDocumentBytes(512L << 20).withMaxRecordBytes(4 << 20);
 * ParleyJson json = ParleyJson.defaults().withLimits(big);
 * }</pre>
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>Jackson's default</th></tr>
 *   <tr><td>nesting depth</td><td>32</td><td>1,000</td></tr>
 *   <tr><td>string length (chars)</td><td>65,536</td><td>20,000,000</td></tr>
 *   <tr><td>property name length (chars)</td><td>256</td><td>50,000</td></tr>
 *   <tr><td>number length (chars)</td><td>64</td><td>1,000</td></tr>
 *   <tr><td>document size (bytes)</td><td>64 MiB</td><td>unlimited</td></tr>
 *   <tr><td>NDJSON record (line) size (bytes)</td><td>1 MiB</td><td>none</td></tr>
 * </table>
 *
 * <p>Exceeding a limit fails with {@link ParleyJsonException.Kind#LIMIT_EXCEEDED}. Instances are
 * immutable and thread-safe.
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS =
      new JsonLimits(32, 65_536, 256, 64, 64L << 20, 1 << 20);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentBytes;
  private final int maxRecordBytes;

  private JsonLimits(
      int maxNestingDepth,
      int maxStringLength,
      int maxNameLength,
      int maxNumberLength,
      long maxDocumentBytes,
      int maxRecordBytes) {
    checkArgument(maxNestingDepth > 0, "maxNestingDepth must be positive, was %s", maxNestingDepth);
    checkArgument(maxStringLength > 0, "maxStringLength must be positive, was %s", maxStringLength);
    checkArgument(maxNameLength > 0, "maxNameLength must be positive, was %s", maxNameLength);
    checkArgument(maxNumberLength > 0, "maxNumberLength must be positive, was %s", maxNumberLength);
    checkArgument(
        maxDocumentBytes > 0, "maxDocumentBytes must be positive, was %s", maxDocumentBytes);
    checkArgument(maxRecordBytes > 0, "maxRecordBytes must be positive, was %s", maxRecordBytes);
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNameLength = maxNameLength;
    this.maxNumberLength = maxNumberLength;
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxRecordBytes = maxRecordBytes;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults in the table above, not null
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the deepest nesting of objects and arrays allowed.
   *
   * @return 1 or more
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value allowed.
   *
   * @return chars, 1 or more
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest property name allowed.
   *
   * @return chars, 1 or more
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the longest number allowed, as text.
   *
   * @return chars, 1 or more
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the largest document allowed.
   *
   * @return bytes, 1 or more
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns the largest NDJSON line allowed, its line end excluded.
   *
   * @return bytes, 1 or more
   */
  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  /**
   * Returns a copy with another nesting depth.
   *
   * @param value the deepest nesting allowed, 1 or more
   * @return the changed copy, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(
        value, maxStringLength, maxNameLength, maxNumberLength, maxDocumentBytes, maxRecordBytes);
  }

  /**
   * Returns a copy with another string length.
   *
   * @param value the longest string allowed, in chars, 1 or more
   * @return the changed copy, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(
        maxNestingDepth, value, maxNameLength, maxNumberLength, maxDocumentBytes, maxRecordBytes);
  }

  /**
   * Returns a copy with another property name length.
   *
   * @param value the longest name allowed, in chars, 1 or more
   * @return the changed copy, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, value, maxNumberLength, maxDocumentBytes, maxRecordBytes);
  }

  /**
   * Returns a copy with another number length.
   *
   * @param value the longest number allowed, in chars, 1 or more
   * @return the changed copy, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, maxNameLength, value, maxDocumentBytes, maxRecordBytes);
  }

  /**
   * Returns a copy with another document size.
   *
   * @param value the largest document allowed, in bytes, 1 or more
   * @return the changed copy, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxDocumentBytes(long value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, value, maxRecordBytes);
  }

  /**
   * Returns a copy with another NDJSON line size.
   *
   * @param value the largest line allowed, in bytes, 1 or more
   * @return the changed copy, not null
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public JsonLimits withMaxRecordBytes(int value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentBytes, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonLimits l
        && maxNestingDepth == l.maxNestingDepth
        && maxStringLength == l.maxStringLength
        && maxNameLength == l.maxNameLength
        && maxNumberLength == l.maxNumberLength
        && maxDocumentBytes == l.maxDocumentBytes
        && maxRecordBytes == l.maxRecordBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        maxNumberLength,
        maxDocumentBytes,
        maxRecordBytes);
  }

  @Override
  public String toString() {
    return "JsonLimits{maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxDocumentBytes="
        + maxDocumentBytes
        + ", maxRecordBytes="
        + maxRecordBytes
        + "}";
  }
}
