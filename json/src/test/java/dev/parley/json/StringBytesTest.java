package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Short strings looked up on their bytes: a reader over an array points at each string value's
 * bytes through Jackson's public token locations, and reading gives the same values whether a
 * string is written plainly or with escapes, which only the parser decodes.
 */
class StringBytesTest {
  private final ParleyJson json = ParleyJson.defaults();

  @Test
  void thisJacksonLocatesStringsAsTheReadersExpect() {
    assertThat(Jackson2Reader.locatesStrings()).isTrue();
  }

  @Test
  void pointsJustPastEachStringsOpeningQuote() throws IOException {
    String text =
        "garbage{\"a\":\"ua\", \"b\" : [ \"2024-01-02\",\t\"\", 7, \"x\\\"y\"],\n"
            + "\"c\":{\"d\":\"captured\"}}\n{\"e\":\"\u00e9t\u00e9\"}tail";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int offset = "garbage".length();
    int end = bytes.length - "tail".length();
    List<String> seen = new ArrayList<>();
    try (TokenReader p =
        new Jackson2Tokens(JsonLimits.defaults()).batchReader(bytes, offset, end - offset)) {
      assertThat(p.input()).isSameAs(bytes);
      assertThat(p.inputEnd()).isEqualTo(end);
      for (Token t; (t = p.nextToken()) != null; ) {
        int start = p.stringStart();
        if (t != Token.VALUE_STRING) {
          assertThat(start).as("at %s", t).isEqualTo(-1);
          continue;
        }
        assertThat(bytes[start - 1]).isEqualTo((byte) '"');
        String decoded = p.getText();
        byte[] encoded = decoded.replace("\"", "\\\"").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(bytes, start, encoded.length, StandardCharsets.UTF_8))
            .isEqualTo(new String(encoded, StandardCharsets.UTF_8));
        assertThat(bytes[start + encoded.length]).isEqualTo((byte) '"');
        seen.add(decoded);
      }
    }
    assertThat(seen).containsExactly("ua", "2024-01-02", "", "x\"y", "captured", "\u00e9t\u00e9");
  }

  @Test
  void aStreamReaderDoesNotPointIntoItsInput() throws IOException {
    try (TokenReader p =
        new Jackson2Tokens(JsonLimits.defaults())
            .reader(new ByteArrayInputStream("{\"a\":\"ua\"}".getBytes(StandardCharsets.UTF_8)))) {
      p.nextToken();
      p.nextToken();
      assertThat(p.nextToken()).isEqualTo(Token.VALUE_STRING);
      assertThat(p.input()).isNull();
      assertThat(p.stringStart()).isEqualTo(-1);
    }
  }

  /**
   * The first character of a property's string value or of an array's first string, to be written
   * as an escape: the same text to JSON.
   */
  private static final Pattern STRING_VALUE = Pattern.compile("(\":|\\[)\"([A-Za-z0-9])");

  @Test
  void readsTheSameRecordsFromEscapedStrings() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out)) {
      Seed.RECORDS.forEach(w::write);
    }
    String plain = out.toString(StandardCharsets.UTF_8);
    String escaped = escaped(plain);
    assertThat(escaped).isNotEqualTo(plain).contains("\"id\":\"\\u0075a\"");
    List<Object> fromPlain = values(plain);
    assertThat(fromPlain).hasSize(Seed.RECORDS.size());
    // Twice each, so that the second reading finds every value in the tables.
    assertThat(values(escaped)).isEqualTo(fromPlain);
    assertThat(values(plain)).isEqualTo(fromPlain);
    assertThat(values(escaped)).isEqualTo(fromPlain);
    assertThat(fromPlain).isEqualTo(Seed.RECORDS);
  }

  /**
   * An NDJSON text with the first character of each property's string value, and of each array's
   * first string, written as an escape; the header line is left as it is.
   */
  static String escaped(String ndjson) {
    int body = ndjson.indexOf('\n') + 1;
    Matcher m = STRING_VALUE.matcher(ndjson.substring(body));
    return ndjson.substring(0, body)
        + m.replaceAll(r -> r.group(1) + "\"\\\\u00" + Integer.toHexString(r.group(2).charAt(0)));
  }

  @Test
  void aStringLimitShorterThanTheTablesTextsStillHolds() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out)) {
      Seed.RECORDS.forEach(w::write);
    }
    // A line whose one long string is an enum token, which the tables hold from the start.
    out.write(
        "{\"type\":\"place\",\"id\":\"ua:x\",\"name\":\"X\",\"country\":\"UA\",\"precision\":\"settlement\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    byte[] text = out.toByteArray();
    ParleyJson strict = json.withLimits(JsonLimits.defaults().withMaxStringLength(8));
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    ObjectMapper mapper = new ObjectMapper();
    int failing = 0;
    // Twice, so that the second reading meets the texts in the tables.
    for (int round = 0; round < 2; round++) {
      List<NdjsonRecord> read;
      try (NdjsonReader in = strict.ndjsonReader(text, ErrorMode.COLLECT)) {
        read = in.stream().collect(Collectors.toList());
      }
      assertThat(read).hasSize(lines.size() - 1);
      failing = 0;
      for (NdjsonRecord r : read) {
        boolean tooLong = hasStringLongerThan(mapper.readTree(lines.get((int) r.line() - 1)), 8);
        assertThat(r.error().map(ParleyJsonException::kind))
            .as("line %d", r.line())
            .isEqualTo(tooLong ? Optional.of(Kind.LIMIT_EXCEEDED) : Optional.empty());
        failing += tooLong ? 1 : 0;
      }
    }
    assertThat(failing).isGreaterThan(0).isLessThan(lines.size() - 1);
  }

  private static boolean hasStringLongerThan(JsonNode node, int length) {
    if (node.isTextual()) {
      return node.textValue().length() > length;
    }
    for (JsonNode child : node) {
      if (hasStringLongerThan(child, length)) {
        return true;
      }
    }
    return false;
  }

  private List<Object> values(String ndjson) {
    byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
    try (NdjsonReader in = json.ndjsonReader(bytes, ErrorMode.FAIL_FAST)) {
      return in.stream().map(NdjsonRecord::value).collect(Collectors.toList());
    }
  }
}
