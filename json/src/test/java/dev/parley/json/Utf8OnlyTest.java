package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The format is UTF-8: UTF-16 and UTF-32 input, which Jackson would detect and read, is rejected.
 */
class Utf8OnlyTest {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private static final String PARTY =
      "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}";

  @Test
  void rejectsUtf16AndUtf32DocumentsFromBytesAndStreams() {
    for (Charset cs :
        List.of(
            StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE,
            Charset.forName("UTF-32BE"),
            Charset.forName("UTF-32LE"),
            StandardCharsets.UTF_16)) {
      byte[] bytes = PARTY.getBytes(cs);
      for (ParleyJsonException e :
          List.of(
              catchThrowableOfType(ParleyJsonException.class, () -> JSON.read(bytes, Party.class)),
              catchThrowableOfType(
                  ParleyJsonException.class,
                  () -> JSON.read(new ByteArrayInputStream(bytes), Party.class)))) {
        assertThat(e).as(cs.name()).isNotNull();
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.detail()).startsWith("not UTF-8");
      }
    }
  }

  @Test
  void stillReadsUtf8WithOrWithoutAByteOrderMark() {
    byte[] plain = PARTY.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(JSON.read(plain, Party.class)).isEqualTo(JSON.read(bom, Party.class));
    assertThat(JSON.read(new ByteArrayInputStream(bom), Party.class).name()).isEqualTo("Ukraine");
  }

  @Test
  void aUtf16LineInAnNdjsonStreamIsABadLine() {
    byte[] header = "{\"format\":\"parley\",\"version\":1}\n".getBytes(StandardCharsets.UTF_8);
    byte[] good = (PARTY + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = (PARTY + "\n").getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[header.length + good.length + bad.length];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(good, 0, all, header.length, good.length);
    System.arraycopy(bad, 0, all, header.length + good.length, bad.length);
    try (NdjsonReader in = JSON.ndjsonReader(new ByteArrayInputStream(all), ErrorMode.COLLECT)) {
      NdjsonRecord first = in.next();
      assertThat(first.isValid()).isTrue();
      NdjsonRecord second = in.next();
      assertThat(second.isValid()).isFalse();
      assertThat(second.line()).isEqualTo(3);
      assertThat(second.error().orElseThrow().kind()).isEqualTo(Kind.MALFORMED);
    }
  }

  @Test
  void aUtf16StreamHasNoValidHeader() {
    byte[] all =
        ("{\"format\":\"parley\",\"version\":1}\n" + PARTY + "\n")
            .getBytes(StandardCharsets.UTF_16BE);
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () -> JSON.ndjsonReader(new ByteArrayInputStream(all), ErrorMode.COLLECT));
    assertThat(e.kind()).isEqualTo(Kind.UNSUPPORTED_FORMAT);
    assertThat(e.detail()).contains("not UTF-8");
  }
}
