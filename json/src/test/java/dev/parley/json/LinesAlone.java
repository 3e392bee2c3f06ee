package dev.parley.json;

import static dev.parley.json.HostileOracle.equal;
import static dev.parley.json.HostileOracle.require;

import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The NDJSON reader's contract, checked the slow way: each line after the header reads exactly as
 * that line alone would read as a document (the same value, or the same error at the same pointer
 * and column, on the line's number), and how the stream hands over its bytes changes nothing.
 */
final class LinesAlone {
  private LinesAlone() {}

  /**
   * Checks the records a reader returned, in collect mode, for an input whose header was read.
   *
   * @param json the reader's codec
   * @param input the whole stream
   * @param records what the reader returned, in order
   */
  static void check(JsonSide json, byte[] input, List<NdjsonRecord> records) {
    List<byte[]> lines = lines(input);
    require(
        records.size() == lines.size() - 1,
        () -> records.size() + " records from " + (lines.size() - 1) + " lines after the header");
    for (int i = 0; i < records.size(); i++) {
      byte[] line = lines.get(i + 1);
      NdjsonRecord r = records.get(i);
      long number = i + 2L;
      require(
          r.line() == number, () -> "line number " + r.line() + " where " + number + " was due");
      String what =
          "line "
              + number
              + " read in the stream and alone: "
              + HostileMutator.quote(new String(line, java.nio.charset.StandardCharsets.UTF_8));
      if (isBlank(line) || line.length > json.limits().maxRecordBytes()) {
        require(!r.isValid(), () -> what + ": a blank or over-long line is bad");
        continue;
      }
      Object alone;
      try {
        alone = json.readRecord(line);
      } catch (ParleyJsonException e) {
        require(
            !r.isValid(),
            () -> what + ": read " + r.value() + " where alone it fails with " + e.getMessage());
        equal(describe(e, number), describe(r.error().orElseThrow(), number), () -> what);
        continue;
      }
      require(
          r.isValid(),
          () ->
              what
                  + ": failed with "
                  + r.error().orElseThrow().getMessage()
                  + " where alone it reads");
      equal(alone, r.value(), () -> what);
    }
  }

  /**
   * Reads the input again in collect mode, from a stream that hands over a few bytes at a time and
   * from the array in place, and checks that both give the same records.
   *
   * @param json the codec
   * @param input the whole stream
   * @param records what the reader returned from a stream over the whole array
   * @param seed chooses the sizes of the reads
   */
  static void checkChunked(JsonSide json, byte[] input, List<NdjsonRecord> records, long seed) {
    List<NdjsonRecord> chunked = new ArrayList<>();
    try (NdjsonReader in = json.ndjsonReader(new Chunked(input, seed), ErrorMode.COLLECT)) {
      in.forEachRemaining(chunked::add);
    }
    same("read in chunks", records, chunked);
    List<NdjsonRecord> inPlace = new ArrayList<>();
    try (NdjsonReader in = json.ndjsonReader(input, ErrorMode.COLLECT)) {
      in.forEachRemaining(inPlace::add);
    }
    same("read in place", records, inPlace);
  }

  private static void same(String how, List<NdjsonRecord> records, List<NdjsonRecord> other) {
    require(
        other.size() == records.size(),
        () -> other.size() + " records " + how + ", " + records.size() + " from a stream");
    for (int i = 0; i < records.size(); i++) {
      NdjsonRecord a = records.get(i);
      NdjsonRecord b = other.get(i);
      equal(a.toString(), b.toString(), () -> "record " + how);
      if (a.isValid()) {
        equal(a.value(), b.value(), () -> "value " + how);
      } else {
        equal(
            describe(a.error().orElseThrow(), a.line()),
            describe(b.error().orElseThrow(), b.line()),
            () -> "error " + how);
      }
    }
  }

  /** The lines of a stream as the reader splits them: at {@code \n}, without a final {@code \r}. */
  static List<byte[]> lines(byte[] input) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length && start == input.length) {
        break;
      }
      if (i == input.length || input[i] == '\n') {
        int end = i > start && input[i - 1] == '\r' ? i - 1 : i;
        out.add(Arrays.copyOfRange(input, start, end));
        start = i + 1;
      }
    }
    return out;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String describe(ParleyJsonException e, long line) {
    return e.kind()
        + " at "
        + e.pointer()
        + " ("
        + line
        + ":"
        + e.column()
        + ") "
        + e.ruleCodes()
        + " "
        + e.detail();
  }

  /** Hands over 1 to 97 bytes per read, as a socket or a pipe might. */
  static final class Chunked extends InputStream {
    private final ByteArrayInputStream in;
    private final SplittableRandom random;

    Chunked(byte[] bytes, long seed) {
      this.in = new ByteArrayInputStream(bytes);
      this.random = new SplittableRandom(seed);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, 1 + random.nextInt(97)));
    }
  }
}
