package dev.parley.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.format.JsonLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Short strings looked up on their bytes on Jackson 3: a reader over part of an array points just
 * past each string value's opening quote, counted in the whole array; a reader over a stream does
 * not point. (The parity tests read escaped and plain strings alike on both modules.)
 */
class StringBytesTest {
  private final Jackson3Tokens tokens = new Jackson3Tokens(JsonLimits.defaults());

  @Test
  void pointsIntoTheArrayItReads() throws IOException {
    assertThat(Jackson3Reader.locatesStrings()).isTrue();
    byte[] bytes = "xx{\"a\": [1, \"ua\"]}\n{\"b\":\"\\u0075a\"}".getBytes(StandardCharsets.UTF_8);
    try (TokenReader p = tokens.batchReader(bytes, 2, bytes.length - 2)) {
      assertThat(p.nextToken()).isEqualTo(Token.START_OBJECT);
      assertThat(p.stringStart()).isEqualTo(-1);
      p.nextToken();
      p.nextToken();
      p.nextToken();
      assertThat(p.stringStart()).isEqualTo(-1);
      assertThat(p.nextToken()).isEqualTo(Token.VALUE_STRING);
      assertThat(p.input()).isSameAs(bytes);
      assertThat(p.inputEnd()).isEqualTo(bytes.length);
      assertThat(p.stringStart()).isEqualTo(new String(bytes, 0).indexOf("ua\""));
      for (int i = 0; i < 5; i++) {
        p.nextToken();
      }
      assertThat(p.getText()).isEqualTo("ua");
      assertThat(p.stringStart()).isEqualTo(new String(bytes, 0).indexOf("\\u0075a"));
    }
  }

  @Test
  void aStreamReaderDoesNotPointIntoItsInput() throws IOException {
    try (TokenReader p =
        tokens.reader(
            new ByteArrayInputStream("{\"a\":\"ua\"}".getBytes(StandardCharsets.UTF_8)))) {
      p.nextToken();
      p.nextToken();
      assertThat(p.nextToken()).isEqualTo(Token.VALUE_STRING);
      assertThat(p.input()).isNull();
      assertThat(p.stringStart()).isEqualTo(-1);
    }
  }
}
