package dev.parley.json;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.HostileCorpus.Sample;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What every read of any input must satisfy: it returns a value or throws {@link
 * ParleyJsonException} (nothing else); the exception is well formed; the byte, stream and {@code
 * ObjectMapper} paths agree; a value that comes back writes, reads back equal, and writes again to
 * the same bytes; NDJSON fail-fast and collect modes agree line by line, each line reads as it
 * would alone, and reading in small chunks changes nothing.
 */
final class HostileOracle {
  /** What reading one input gave: one value or one error, or for NDJSON one result per line. */
  record Outcome(
      @Nullable Object value, @Nullable ParleyJsonException error, List<NdjsonRecord> lines) {
    static Outcome of(@Nullable Object value, @Nullable ParleyJsonException error) {
      return new Outcome(value, error, List.of());
    }

    /** The kind of the failure, or null when the input read as a value (or all lines did). */
    @Nullable Kind kind() {
      if (error != null) {
        return error.kind();
      }
      return lines.stream()
          .filter(r -> !r.isValid())
          .map(r -> r.error().orElseThrow().kind())
          .findFirst()
          .orElse(null);
    }

    List<Object> values() {
      if (value != null) {
        return List.of(value);
      }
      List<Object> out = new ArrayList<>();
      lines.stream().filter(NdjsonRecord::isValid).forEach(r -> out.add(r.value()));
      return out;
    }
  }

  private final JsonSide json;

  HostileOracle(JsonSide json) {
    this.json = json;
  }

  /**
   * Reads the input as the sample's shape, checking every rule above; fails an assertion otherwise.
   */
  Outcome check(Sample sample, byte[] input) {
    return switch (sample.shape()) {
      case RECORD -> checkRecord(sample.type(), input);
      case CHRONICLE -> checkChronicle(input);
      case NDJSON -> checkNdjson(input);
    };
  }

  private Outcome checkRecord(Class<?> type, byte[] input) {
    Outcome any = attempt(() -> json.readRecord(input));
    Outcome typed = attempt(() -> json.read(input, type));
    if (any.value() != null && type.isInstance(any.value())) {
      equal(
          any.value(),
          typed.value(),
          () -> "read(bytes, " + type.getSimpleName() + ") after readRecord gave a value");
    } else {
      require(
          typed.error() != null,
          () ->
              "read(bytes, " + type.getSimpleName() + ") read a value when readRecord gave " + any);
    }
    sameOutcome(
        "read(InputStream, type)",
        typed,
        attempt(() -> json.read(new ByteArrayInputStream(input), type)));
    checkMapper(type, input, typed);
    if (any.value() != null) {
      checkRewrite(any.value());
      checkNdjsonRewrite(any.value());
    }
    return any;
  }

  private Outcome checkChronicle(byte[] input) {
    Outcome doc = attempt(() -> json.readChronicle(input));
    sameOutcome(
        "readChronicle(InputStream)",
        doc,
        attempt(() -> json.readChronicle(new ByteArrayInputStream(input))));
    checkMapper(Chronicle.class, input, doc);
    if (doc.value() != null) {
      checkRewrite(doc.value());
    }
    return doc;
  }

  private Outcome checkNdjson(byte[] input) {
    List<NdjsonRecord> collected = new ArrayList<>();
    ParleyJsonException headerError = null;
    try (NdjsonReader in = json.ndjsonReader(new ByteArrayInputStream(input), ErrorMode.COLLECT)) {
      while (in.hasNext()) {
        NdjsonRecord r = in.next();
        collected.add(r);
        require(
            r.line() == collected.size() + 1L,
            () ->
                "line numbers rise one by one, but line "
                    + r.line()
                    + " came after "
                    + collected.size()
                    + " records");
        if (r.isValid()) {
          checkRewrite(r.value());
          checkNdjsonRewrite(r.value());
        } else {
          ParleyJsonException e = r.error().orElseThrow();
          wellFormed(e);
          require(
              e.line() == r.line(),
              () -> "error line of " + e.getMessage() + " is not " + r.line());
        }
      }
    } catch (ParleyJsonException e) {
      wellFormed(e);
      require(
          collected.isEmpty(),
          () -> "only the header or the stream itself fails in collect mode: " + e.getMessage());
      headerError = e;
    }
    // fail-fast mode: the same valid lines, then the first bad line's error
    List<Object> fastValues = new ArrayList<>();
    ParleyJsonException fastError = null;
    try (NdjsonReader in =
        json.ndjsonReader(new ByteArrayInputStream(input), ErrorMode.FAIL_FAST)) {
      while (in.hasNext()) {
        fastValues.add(in.next().value());
      }
    } catch (ParleyJsonException e) {
      wellFormed(e);
      fastError = e;
    }
    if (headerError != null) {
      require(fastError != null, () -> "no fail-fast header error");
      sameError("fail-fast header", headerError, fastError);
      return new Outcome(null, headerError, List.of());
    }
    List<Object> prefix = new ArrayList<>();
    ParleyJsonException firstBad = null;
    for (NdjsonRecord r : collected) {
      if (!r.isValid()) {
        firstBad = r.error().orElseThrow();
        break;
      }
      prefix.add(r.value());
    }
    equal(
        prefix,
        fastValues,
        () -> "fail-fast values are the collect-mode values before the first bad line");
    if (firstBad == null) {
      ParleyJsonException unexpected = fastError;
      require(unexpected == null, () -> "fail-fast error when every line is valid: " + unexpected);
    } else {
      ParleyJsonException bad = firstBad;
      require(fastError != null, () -> "no fail-fast error for " + bad.getMessage());
      sameError("fail-fast line", firstBad, fastError);
    }
    LinesAlone.check(json, input, collected);
    LinesAlone.checkChunked(json, input, collected, Arrays.hashCode(input));
    return new Outcome(null, null, List.copyOf(collected));
  }

  /** The user's mapper reads what ParleyJson reads, to an equal value, and fails where it fails. */
  private void checkMapper(Class<?> type, byte[] input, Outcome expected) {
    Object value;
    try {
      value = json.mapperRead(input, type);
    } catch (ParleyJsonException e) {
      wellFormed(e);
      require(
          expected.error() != null,
          () ->
              "ObjectMapper failed with "
                  + e.getMessage()
                  + " where ParleyJson read "
                  + expected.value());
      return;
    } catch (JsonSide.MapperFailure e) {
      require(
          expected.error() != null,
          () ->
              "ObjectMapper failed with "
                  + e.getCause()
                  + " where ParleyJson read "
                  + expected.value());
      return;
    }
    equal(expected.value(), value, () -> "ObjectMapper value where ParleyJson gave " + expected);
  }

  /** A value that comes back writes, reads back equal, and writes again to the same bytes. */
  void checkRewrite(Object value) {
    byte[] written = json.writeBytes(value);
    Object back;
    try {
      back = json.read(written, value.getClass());
    } catch (ParleyJsonException e) {
      throw new AssertionError(
          "a value read from hostile input cannot be read back once written: "
              + e.getMessage()
              + "\nvalue: "
              + value
              + "\nwritten: "
              + new String(written, StandardCharsets.UTF_8),
          e);
    }
    equal(value, back, () -> "value read back after writing");
    require(
        Arrays.equals(json.writeBytes(back), written),
        () ->
            "second writing gives other bytes than " + new String(written, StandardCharsets.UTF_8));
    try {
      Object viaMapper = json.read(json.mapperWrite(value), value.getClass());
      equal(value, viaMapper, () -> "value written by the ObjectMapper, read back");
    } catch (JsonSide.MapperFailure e) {
      throw new AssertionError("the ObjectMapper cannot write a value ParleyJson read", e);
    }
  }

  private void checkNdjsonRewrite(Object record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out)) {
      w.write(record);
    }
    try (NdjsonReader in =
        json.ndjsonReader(new ByteArrayInputStream(out.toByteArray()), ErrorMode.FAIL_FAST)) {
      equal(record, in.next().value(), () -> "record written as an NDJSON line and read back");
      require(!in.hasNext(), () -> "one record written, more read");
    }
  }

  /** Every documented property of the exception holds. */
  static void wellFormed(ParleyJsonException e) {
    require(e.kind() != null, () -> "no kind");
    require(
        e.pointer().isEmpty() || e.pointer().startsWith("/"), () -> "pointer of " + e.getMessage());
    require(e.line() >= 0 && e.column() >= 0, () -> "position of " + e.getMessage());
    require(
        e.getMessage().contains(e.detail()), () -> "message without its detail: " + e.getMessage());
    require(
        e.ruleCodes().isEmpty() == (e.kind() != Kind.RULE_VIOLATION),
        () -> "rule codes of " + e.getMessage());
  }

  private static void sameOutcome(String what, Outcome expected, Outcome actual) {
    if (expected.error() == null) {
      require(
          actual.error() == null,
          () -> what + " failed where the byte array read a value: " + actual.error());
      equal(expected.value(), actual.value(), () -> what);
    } else {
      require(
          actual.error() != null,
          () ->
              what
                  + " read "
                  + actual.value()
                  + " where the byte array failed with "
                  + expected.error().getMessage());
      sameError(what, expected.error(), actual.error());
    }
  }

  private static void sameError(
      String what, ParleyJsonException expected, ParleyJsonException actual) {
    equal(describe(expected), describe(actual), () -> what + " error");
  }

  private static String describe(ParleyJsonException e) {
    return e.kind()
        + " at "
        + e.pointer()
        + " ("
        + e.line()
        + ":"
        + e.column()
        + ") "
        + e.ruleCodes();
  }

  static void require(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new AssertionError(message.get());
    }
  }

  static void equal(@Nullable Object expected, @Nullable Object actual, Supplier<String> what) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(what.get() + "\nexpected: " + expected + "\n but was: " + actual);
    }
  }

  /** Runs a read: a value, or the documented exception; any other throwable propagates. */
  static Outcome attempt(Supplier<?> read) {
    try {
      return Outcome.of(Objects.requireNonNull(read.get(), "a read returned null"), null);
    } catch (ParleyJsonException e) {
      wellFormed(e);
      return Outcome.of(null, e);
    }
  }
}
