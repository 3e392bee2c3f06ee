package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A syntax error that Jackson finds on a forbidden control character or on bytes that are not UTF-8
 * is reported on that byte, from an array, from a stream and on an NDJSON line.
 */
class SyntaxErrorPositionTest {
  private static final ParleyJson JSON = ParleyJson.defaults();

  /** {@code {"type":"party",}} with the byte at column 17 replaced. */
  private static byte[] withByteAt17(int... bad) {
    byte[] head = "{\"type\":\"party\", ".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\"id\":\"ua\"}".getBytes(StandardCharsets.US_ASCII);
    byte[] b = new byte[head.length - 1 + bad.length + tail.length];
    System.arraycopy(head, 0, b, 0, head.length - 1);
    for (int i = 0; i < bad.length; i++) {
      b[head.length - 1 + i] = (byte) bad[i];
    }
    System.arraycopy(tail, 0, b, head.length - 1 + bad.length, tail.length);
    return b;
  }

  @Test
  void aNullByteBetweenTokensIsPlacedOnIt() {
    byte[] text = withByteAt17(0x00);
    assertPlacedAt17(catchThrowableOfType(ParleyJsonException.class, () -> JSON.readRecord(text)));
    assertPlacedAt17(
        catchThrowableOfType(
            ParleyJsonException.class, () -> JSON.readRecord(new ByteArrayInputStream(text))));
  }

  @Test
  void aCodePointPastTheLastIsPlacedOnItsFirstByte() {
    // in a string value, so that Jackson before 2.23, which lets such code points through, reads
    // the document and Parley's own UTF-8 check places the error, as Jackson 2.23 and 3 do
    byte[] head =
        "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\",\"kind\":\"state\"}".getBytes(StandardCharsets.US_ASCII);
    byte[] text = new byte[head.length + 4 + tail.length];
    System.arraycopy(head, 0, text, 0, head.length);
    byte[] bad = {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
    System.arraycopy(bad, 0, text, head.length, 4);
    System.arraycopy(tail, 0, text, head.length + 4, tail.length);
    for (ParleyJsonException e :
        java.util.List.of(
            catchThrowableOfType(ParleyJsonException.class, () -> JSON.readRecord(text)),
            catchThrowableOfType(
                ParleyJsonException.class,
                () -> JSON.readRecord(new ByteArrayInputStream(text))))) {
      assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.MALFORMED);
      assertThat(e.column()).as(e.getMessage()).isEqualTo(head.length + 1);
    }
  }

  @Test
  void onAnNdjsonLineTheColumnIsCountedOnThatLine() {
    byte[] line = withByteAt17(0x01);
    byte[] header = "{\"format\":\"parley\",\"version\":1}\n".getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[header.length + line.length + 1];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(line, 0, all, header.length, line.length);
    all[all.length - 1] = '\n';
    try (NdjsonReader r = JSON.ndjsonReader(all, ErrorMode.COLLECT)) {
      assertThat(r.hasNext()).isTrue();
      NdjsonRecord rec = r.next();
      assertThat(rec.isValid()).isFalse();
      ParleyJsonException e = rec.error().orElseThrow();
      assertThat(e.line()).as(e.getMessage()).isEqualTo(2);
      assertPlacedAt17(e);
    }
  }

  private static void assertPlacedAt17(ParleyJsonException e) {
    assertThat(e).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(Kind.MALFORMED);
    assertThat(e.column()).as(e.getMessage()).isEqualTo(17);
  }
}
