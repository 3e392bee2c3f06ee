package dev.parley.json.codec.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The probe a Jackson module reads to learn whether its token locations point at opening quotes,
 * and the check of one location: a reader points into its array only where both hold.
 */
class StringLocationsTest {
  /**
   * The probe's string tokens, counted from its start: {@code "bc"}, {@code ""}, {@code "e\"f"}.
   */
  private static final long[] AT_QUOTES = {5, 16, 19};

  @Test
  void theProbesQuotesAreWhereTheOffsetsSay() {
    byte[] probe = StringLocations.probe();
    assertThat(StringLocations.PROBE_STRINGS).isEqualTo(AT_QUOTES.length);
    for (long offset : AT_QUOTES) {
      assertThat(probe[StringLocations.PROBE_START + (int) offset]).isEqualTo((byte) '"');
    }
    String text = new String(probe, StandardCharsets.UTF_8);
    assertThat(text.substring(StringLocations.PROBE_START))
        .isEqualTo("{\"a\":\"bc\",\n\"d\":[\"\",\"e\\\"f\"]}");
  }

  @Test
  void acceptsOnlyOffsetsAtEveryOpeningQuote() throws IOException {
    assertThat(fallOnQuotes(AT_QUOTES)).isTrue();
    // One past each quote, as a parser that counts from the first character would say.
    assertThat(fallOnQuotes(6, 17, 20)).isFalse();
    // Counted from the start of the whole array instead of the part the parser was made over.
    assertThat(fallOnQuotes(7, 18, 21)).isFalse();
    assertThat(fallOnQuotes(5, 16, 20)).isFalse();
    assertThat(fallOnQuotes(5, 16)).isFalse();
    assertThat(fallOnQuotes(5, 16, 19, 25)).isFalse();
    assertThat(fallOnQuotes()).isFalse();
  }

  /** The check on a parser that reports these offsets, then the end of the document. */
  private static boolean fallOnQuotes(long... offsets) throws IOException {
    int[] next = {0};
    return StringLocations.fallOnQuotes(() -> next[0] < offsets.length ? offsets[next[0]++] : -1);
  }

  @Test
  void pointsJustPastAQuoteInsideThePartOnly() {
    byte[] input = "xx\"ab\"yy".getBytes(StandardCharsets.US_ASCII);
    assertThat(StringLocations.stringStart(input, 2, 8, 0)).isEqualTo(3);
    assertThat(StringLocations.stringStart(input, 2, 8, 1)).isEqualTo(-1);
    assertThat(StringLocations.stringStart(input, 2, 8, -1)).isEqualTo(-1);
    // An unknown offset points nowhere, even where the byte before the part is a quote.
    assertThat(StringLocations.stringStart(input, 3, 8, -1)).isEqualTo(-1);
    assertThat(StringLocations.stringStart(input, 0, 8, 5)).isEqualTo(6);
    assertThat(StringLocations.stringStart(input, 0, 5, 5)).isEqualTo(-1);
    assertThat(StringLocations.stringStart(input, 2, 8, 100)).isEqualTo(-1);
  }
}
