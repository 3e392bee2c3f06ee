package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.chronicle.Chronicle;
import dev.parley.estimate.Estimate;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed JSON in the categories of the public JSON parsing test suites, written for this
 * project: {@code n_} cases are not JSON and fail with the documented exception and kind; {@code
 * y_} cases are JSON but not Parley, and fail with the kind of their wrong shape; {@code i_} cases
 * are where JSON leaves the choice to the reader, with Parley's decision.
 *
 * <p>Each flaw sits inside an otherwise valid document at a place the reader must pass, so the flaw
 * itself is the first thing that fails.
 */
class MalformedJsonSuiteTest {
  private static final String P1 = "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"";
  private static final String P2 = "\",\"kind\":\"state\"}";
  private static final String UKRAINE = P1 + "Ukraine" + P2;
  private static final String SIDES =
      "{\"type\":\"agreement\",\"id\":\"agreement:x\",\"agreed\":\"2025-05-16\",\"sides\":";
  private static final String CHRONICLE = "{\"format\":\"parley\",\"version\":1,\"parties\":";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** One input; {@code target} null means "a record of any type". */
  record Case(String name, Class<?> target, byte[] input, Kind kind) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(String name, Class<?> target, String input, Kind kind) {
    return new Case(name, target, input.getBytes(StandardCharsets.UTF_8), kind);
  }

  /** A party whose name holds raw bytes between the quotes. */
  private static Case nameBytes(String name, Kind kind, int... bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(P1.getBytes(StandardCharsets.UTF_8));
    for (int b : bytes) {
      out.write(b);
    }
    out.writeBytes(P2.getBytes(StandardCharsets.UTF_8));
    return new Case(name, null, out.toByteArray(), kind);
  }

  private static Case estimate(String name, String number, Kind kind) {
    return c(name, Estimate.class, "{\"kind\":\"exact\",\"value\":" + number + "}", kind);
  }

  static Stream<Case> notJson() {
    return Stream.of(
        // structure
        c("n_structure_empty_input", Party.class, "", Kind.TRUNCATED),
        c("n_structure_whitespace_only", Party.class, " \t\r\n ", Kind.TRUNCATED),
        c(
            "n_structure_unclosed_object",
            null,
            UKRAINE.substring(0, UKRAINE.length() - 1),
            Kind.TRUNCATED),
        c("n_structure_unclosed_object_after_comma", null, P1 + "Ukraine\",", Kind.TRUNCATED),
        c("n_structure_unclosed_array", null, SIDES + "[\"ru\",\"ua\"", Kind.TRUNCATED),
        c("n_structure_unclosed_array_after_comma", null, SIDES + "[\"ru\",", Kind.TRUNCATED),
        c("n_structure_unclosed_chronicle_array", Chronicle.class, CHRONICLE + "[", Kind.TRUNCATED),
        c("n_structure_array_closed_by_brace", null, SIDES + "[\"ru\",\"ua\"}", Kind.MALFORMED),
        c("n_structure_close_unopened_array", Party.class, "]", Kind.MALFORMED),
        c("n_structure_angle_bracket", null, "<.>", Kind.MALFORMED),
        c("n_structure_open_string", null, P1 + "Ukr", Kind.TRUNCATED),
        c(
            "n_structure_100000_opening_arrays",
            null,
            "{\"id\":" + "[".repeat(100_000),
            Kind.LIMIT_EXCEEDED),
        c(
            "n_structure_100000_opening_objects",
            null,
            "{\"id\":" + "{\"a\":".repeat(100_000),
            Kind.LIMIT_EXCEEDED),
        c(
            "n_structure_null_byte_between_tokens",
            null,
            UKRAINE.replace(",", "\u0000,"),
            Kind.MALFORMED),
        c(
            "n_structure_no_break_space_as_whitespace",
            null,
            UKRAINE.replace(",", "\u00a0,"),
            Kind.MALFORMED),
        c(
            "n_structure_word_joiner_as_whitespace",
            null,
            UKRAINE.replace(",", "\u2060,"),
            Kind.MALFORMED),
        c("n_structure_two_documents", null, UKRAINE + UKRAINE, Kind.TRAILING_CONTENT),
        c(
            "n_structure_two_documents_on_two_lines",
            null,
            UKRAINE + "\n" + UKRAINE + "\n",
            Kind.TRAILING_CONTENT),
        c("n_structure_trailing_garbage", null, UKRAINE + " x", Kind.TRAILING_CONTENT),
        c("n_structure_trailing_close", null, UKRAINE + "]", Kind.TRAILING_CONTENT),
        // objects
        c("n_object_trailing_comma", null, UKRAINE.replace("}", ",}"), Kind.MALFORMED),
        c(
            "n_object_trailing_comma_in_chronicle",
            Chronicle.class,
            CHRONICLE + "[],\"places\":[],\"records\":[],}",
            Kind.MALFORMED),
        c(
            "n_object_double_comma",
            null,
            UKRAINE.replace(",\"kind\"", ",,\"kind\""),
            Kind.MALFORMED),
        c("n_object_missing_colon", null, "{\"type\" \"party\"}", Kind.MALFORMED),
        c("n_object_double_colon", null, "{\"type\"::\"party\"}", Kind.MALFORMED),
        c("n_object_comma_instead_of_colon", null, "{\"type\",\"party\"}", Kind.MALFORMED),
        c("n_object_missing_value", null, "{\"type\":}", Kind.MALFORMED),
        c(
            "n_object_missing_comma",
            null,
            UKRAINE.replace(",\"kind\"", " \"kind\""),
            Kind.MALFORMED),
        c("n_object_single_quoted_key", null, "{'type':\"party\"}", Kind.MALFORMED),
        c("n_object_unquoted_key", null, "{type:\"party\"}", Kind.MALFORMED),
        c("n_object_numeric_key", null, "{1:\"party\"}", Kind.MALFORMED),
        // arrays
        c("n_array_trailing_comma", null, SIDES + "[\"ru\",\"ua\",]}", Kind.MALFORMED),
        c("n_array_double_comma", null, SIDES + "[\"ru\",,\"ua\"]}", Kind.MALFORMED),
        c("n_array_leading_comma", null, SIDES + "[,\"ru\",\"ua\"]}", Kind.MALFORMED),
        c("n_array_missing_comma", null, SIDES + "[\"ru\" \"ua\"]}", Kind.MALFORMED),
        c("n_array_colon_instead_of_comma", null, SIDES + "[\"ru\":\"ua\"]}", Kind.MALFORMED),
        // strings
        c("n_string_single_quoted", null, "{\"type\":'party'}", Kind.MALFORMED),
        c("n_string_unescaped_control_character", null, P1 + "Ukr\u0001aine" + P2, Kind.MALFORMED),
        c("n_string_unescaped_newline", null, P1 + "Ukr\naine" + P2, Kind.MALFORMED),
        c("n_string_unescaped_tab", null, P1 + "Ukr\taine" + P2, Kind.MALFORMED),
        c("n_string_unescaped_nul", null, P1 + "Ukr\u0000aine" + P2, Kind.MALFORMED),
        c("n_string_invalid_escape_x", null, P1 + "\\x41" + P2, Kind.MALFORMED),
        c("n_string_invalid_escape_single_quote", null, P1 + "\\'" + P2, Kind.MALFORMED),
        c("n_string_escape_upper_case_U", null, P1 + "\\U0041" + P2, Kind.MALFORMED),
        c("n_string_incomplete_unicode_escape", null, P1 + "\\u12" + P2, Kind.MALFORMED),
        c("n_string_backslash_at_end", null, P1 + "\\", Kind.TRUNCATED),
        // invalid UTF-8
        nameBytes("n_string_invalid_utf8_byte_FF", Kind.MALFORMED, 0xFF),
        nameBytes("n_string_lone_continuation_byte", Kind.MALFORMED, 0x80),
        nameBytes("n_string_overlong_encoding_of_slash", Kind.MALFORMED, 0xC0, 0xAF),
        nameBytes("n_string_truncated_utf8_sequence", Kind.MALFORMED, 0xE2, 0x82),
        nameBytes("n_string_utf8_encoded_lone_surrogate", Kind.MALFORMED, 0xED, 0xA0, 0x80),
        nameBytes("n_string_code_point_beyond_U+10FFFF", Kind.MALFORMED, 0xF4, 0x90, 0x80, 0x80),
        nameBytes("n_string_five_byte_sequence", Kind.MALFORMED, 0xF8, 0x88, 0x80, 0x80, 0x80),
        // numbers
        estimate("n_number_NaN", "NaN", Kind.MALFORMED),
        estimate("n_number_Infinity", "Infinity", Kind.MALFORMED),
        estimate("n_number_minus_Infinity", "-Infinity", Kind.MALFORMED),
        estimate("n_number_leading_zero", "01", Kind.MALFORMED),
        estimate("n_number_minus_leading_zero", "-01", Kind.MALFORMED),
        estimate("n_number_plus_sign", "+1", Kind.MALFORMED),
        estimate("n_number_trailing_point", "1.", Kind.MALFORMED),
        estimate("n_number_leading_point", ".5", Kind.MALFORMED),
        estimate("n_number_exponent_without_digits", "1e", Kind.MALFORMED),
        estimate("n_number_minus_alone", "-", Kind.MALFORMED),
        estimate("n_number_hexadecimal", "0x10", Kind.MALFORMED),
        estimate("n_number_underscore", "1_000", Kind.MALFORMED),
        // literals and comments
        c(
            "n_literal_capitalised_true",
            null,
            SIDES + "[\"ru\",\"ua\"],\"parity\":True}",
            Kind.MALFORMED),
        c(
            "n_literal_incomplete_true",
            null,
            SIDES + "[\"ru\",\"ua\"],\"parity\":tru}",
            Kind.MALFORMED),
        c("n_literal_upper_case_null", null, "{\"type\":NULL}", Kind.MALFORMED),
        c("n_comment_block", null, "/* a comment */" + UKRAINE, Kind.MALFORMED),
        c("n_comment_line", null, UKRAINE.replace(",", ",// a comment\n"), Kind.MALFORMED),
        c("n_comment_hash", null, "# a comment\n" + UKRAINE, Kind.MALFORMED),
        // byte order marks other than one at the very start
        new Case("n_bom_alone", Party.class, BOM, Kind.MALFORMED),
        new Case(
            "n_bom_twice",
            null,
            HostileMutator.concat(BOM, BOM, UKRAINE.getBytes(StandardCharsets.UTF_8)),
            Kind.MALFORMED),
        c("n_bom_between_tokens", null, UKRAINE.replace(",", "\ufeff,"), Kind.MALFORMED));
  }

  static Stream<Case> jsonButNotParley() {
    return Stream.of(
        c("y_structure_lonely_integer", Party.class, "42", Kind.WRONG_TYPE),
        c("y_structure_lonely_string", Party.class, "\"ua\"", Kind.WRONG_TYPE),
        c("y_structure_lonely_true", null, "true", Kind.WRONG_TYPE),
        c("y_structure_lonely_null", Party.class, "null", Kind.NULL_VALUE),
        c("y_structure_array_of_a_record", null, "[" + UKRAINE + "]", Kind.WRONG_TYPE),
        c("y_object_empty", Party.class, "{}", Kind.MISSING_PROPERTY),
        c("y_object_empty_as_record", null, "{}", Kind.MISSING_PROPERTY),
        c("y_object_empty_as_chronicle", Chronicle.class, "{}", Kind.MISSING_PROPERTY),
        c(
            "y_object_duplicated_key",
            null,
            UKRAINE.replace("}", ",\"name\":\"Ukraine\"}"),
            Kind.DUPLICATE_PROPERTY),
        c(
            "y_object_duplicated_key_and_value_in_chronicle",
            Chronicle.class,
            "{\"format\":\"parley\",\"format\":\"parley\",\"version\":1,\"parties\":[],\"places\":[],\"records\":[]}",
            Kind.DUPLICATE_PROPERTY),
        c(
            "y_object_with_null_property",
            null,
            UKRAINE.replace("}", ",\"country\":null}"),
            Kind.NULL_VALUE),
        c(
            "y_object_escaped_key_of_another_name",
            null,
            UKRAINE.replace("\"kind\"", "\"k\\u0069nd\\u0000\""),
            Kind.UNKNOWN_PROPERTY),
        c(
            "y_number_real_for_a_count",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":1E22}",
            Kind.WRONG_TYPE),
        c(
            "y_number_integer_beyond_64_bits",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":9223372036854775808}",
            Kind.WRONG_TYPE),
        c(
            "y_number_long_min_for_a_count",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":-9223372036854775808}",
            Kind.RULE_VIOLATION),
        c(
            "y_number_huge_exponent_latitude",
            null,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\","
                + "\"coordinates\":{\"latitude\":1E400,\"longitude\":30},\"precision\":\"settlement\"}",
            Kind.RULE_VIOLATION),
        c(
            "y_string_number_for_a_count",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":\"8\"}",
            Kind.WRONG_TYPE),
        c(
            "y_string_escaped_type_name_of_another_type",
            Party.class,
            UKRAINE.replace("\"party\"", "\"pl\\u0061ce\""),
            Kind.TYPE_MISMATCH),
        c(
            "y_string_upper_case_token",
            null,
            UKRAINE.replace("\"state\"", "\"STATE\""),
            Kind.UNKNOWN_TOKEN),
        c("y_string_blank_name", null, P1 + "\\u0020\\t" + P2, Kind.RULE_VIOLATION),
        c("y_array_empty_sides", null, SIDES + "[]}", Kind.RULE_VIOLATION),
        c("y_array_of_nulls", null, SIDES + "[null,null]}", Kind.NULL_VALUE),
        c(
            "y_array_record_in_parties_of_another_type",
            Chronicle.class,
            CHRONICLE
                + "[{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\",\"precision\":\"country\"}],\"places\":[],\"records\":[]}",
            Kind.TYPE_MISMATCH),
        c(
            "y_structure_chronicle_arrays_before_header",
            Chronicle.class,
            "{\"parties\":[],\"format\":\"parley\",\"version\":1,\"places\":[],\"records\":[]}",
            Kind.UNSUPPORTED_FORMAT),
        c(
            "y_structure_chronicle_version_2",
            Chronicle.class,
            "{\"format\":\"parley\",\"version\":2,\"parties\":[],\"places\":[],\"records\":[]}",
            Kind.UNSUPPORTED_FORMAT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notJson")
  void rejectsTextThatIsNotJson(Case c) {
    assertFails(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonButNotParley")
  void rejectsJsonOfTheWrongShapeWithItsKind(Case c) {
    assertFails(c);
  }

  static Stream<Case> decisions() {
    return Stream.of(
        new Case(
            "i_bom_before_the_document_is_ignored",
            null,
            HostileMutator.concat(BOM, UKRAINE.getBytes(StandardCharsets.UTF_8)),
            null),
        c(
            "i_string_escaped_lone_surrogate_is_read_and_written_escaped",
            null,
            P1 + "Ukr\\uD800aine" + P2,
            null),
        c("i_string_escaped_nul_is_text", null, P1 + "Ukr\\u0000aine" + P2, null),
        c("i_string_escaped_surrogate_pair", null, P1 + "\\uD83D\\uDD4A Ukraine" + P2, null),
        c("i_string_escaped_solidus", null, P1 + "Ukr\\/aine" + P2, null),
        c(
            "i_number_negative_zero_count_is_zero",
            Estimate.class,
            "{\"kind\":\"exact\",\"value\":-0}",
            null),
        c(
            "i_number_underflow_latitude_is_zero",
            null,
            "{\"type\":\"place\",\"id\":\"x\",\"name\":\"X\",\"country\":\"UA\","
                + "\"coordinates\":{\"latitude\":1e-400,\"longitude\":30.00000000000000000001},\"precision\":\"settlement\"}",
            null),
        c(
            "i_structure_whitespace_of_every_kind",
            null,
            " \r\n\t" + UKRAINE.replace(",", " \t\r\n, \r\n") + "\r\n\t ",
            null));
  }

  /** Where JSON leaves the reader a choice, Parley reads the value and writes it back readably. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("decisions")
  void readsWhatJsonLeavesOpenToAValueThatWritesBack(Case c) {
    ParleyJson json = ParleyJson.defaults();
    Object value =
        c.target() == null ? json.readRecord(c.input()) : json.read(c.input(), c.target());
    byte[] written = json.writeBytes(value);
    assertThat(json.read(written, value.getClass())).isEqualTo(value);
    assertThat(json.writeBytes(json.read(written, value.getClass()))).isEqualTo(written);
    assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain("\ufeff");
  }

  private static void assertFails(Case c) {
    ParleyJson json = ParleyJson.defaults();
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () -> {
              if (c.target() == null) {
                json.readRecord(c.input());
              } else {
                json.read(c.input(), c.target());
              }
            });
    assertThat(e).as("no exception for %s", c.name()).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(c.kind());
    HostileOracle.wellFormed(e);
    assertThat(e.line()).as(e.getMessage()).isPositive();
    assertThat(e.column()).as(e.getMessage()).isPositive();
    ParleyJsonException fromStream =
        catchThrowableOfType(
            ParleyJsonException.class,
            () -> {
              if (c.target() == null) {
                json.readRecord(new ByteArrayInputStream(c.input()));
              } else {
                json.read(new ByteArrayInputStream(c.input()), c.target());
              }
            });
    assertThat(fromStream).as("no exception from a stream for %s", c.name()).isNotNull();
    assertThat(fromStream.kind()).as(fromStream.getMessage()).isEqualTo(c.kind());
    assertThat(fromStream.pointer()).isEqualTo(e.pointer());
  }
}
