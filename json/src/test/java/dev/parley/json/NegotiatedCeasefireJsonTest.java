package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.testing.NegotiatedCeasefires;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attributes of ceasefires as negotiated (joint proposers, venue, occasion, links, alternative
 * demands, ranged and unknown durations, response notes and accounts, allegations after expiry with
 * violation counts) written, read back, in NDJSON, against the schema and as golden files.
 */
class NegotiatedCeasefireJsonTest {

  private final ParleyJson json = ParleyJson.defaults();

  static final CeasefireProposal JEDDAH = NegotiatedCeasefires.JEDDAH;
  static final CeasefireProposal MEMORANDUM = NegotiatedCeasefires.MEMORANDUM;
  static final CeasefireProposal BODIES = NegotiatedCeasefires.BODIES;
  static final CeasefireProposal EASTER = NegotiatedCeasefires.EASTER;

  static final List<CeasefireProposal> ALL = List.of(JEDDAH, MEMORANDUM, BODIES, EASTER);

  @Test
  void writesTheGoldenFileAndReadsItBack() {
    byte[] golden = GoldenFilesTest.golden("ceasefireProposal-negotiated.ndjson");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (NdjsonWriter w = json.ndjsonWriter(out)) {
      ALL.forEach(w::write);
    }
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(new String(golden, StandardCharsets.UTF_8));
    for (int i = 0; i < ALL.size(); i++) {
      String line = new String(golden, StandardCharsets.UTF_8).split("\n")[i + 1];
      assertThat(json.readRecord(line)).isEqualTo(ALL.get(i));
      assertThat(json.read(line, CeasefireProposal.class)).isEqualTo(ALL.get(i));
    }
  }

  @Test
  void roundTripsThroughNdjsonAndMeetsTheSchema() {
    NdjsonRoundTrip.check(
        json,
        ALL,
        List.of(
            "ceasefireProposal.schema.json",
            "ceasefireProposal.schema.json",
            "ceasefireProposal.schema.json",
            "ceasefireProposal.schema.json"));
  }

  /** Returns the proposal's line of the golden NDJSON file. */
  private static String line(CeasefireProposal p) {
    String golden =
        new String(
            GoldenFilesTest.golden("ceasefireProposal-negotiated.ndjson"), StandardCharsets.UTF_8);
    return golden.split("\n")[ALL.indexOf(p) + 1];
  }

  private static List<String> rulesOf(String text) {
    return catchThrowableOfType(
            ParleyJsonException.class, () -> ParleyJson.defaults().readRecord(text))
        .ruleCodes();
  }

  @Test
  void brokenNewAttributesAreRuleViolationsWithTheirCodes() {
    String memorandum = line(MEMORANDUM);
    String single = memorandum.replaceFirst("\\},\\{\"conditions\".*\\]\\}\\]", "}]");
    assertThat(rulesOf(single)).containsExactly("CEASEFIRE_ALTERNATIVES_SINGLE");
    assertThat(Schemas.errors("ceasefireProposal.schema.json", single)).isNotEmpty();
    assertThat(
            rulesOf(
                memorandum.replace(
                    "\"durationUnknown\":true", "\"duration\":\"PT1H\",\"durationUnknown\":true")))
        .containsExactly("CEASEFIRE_DURATION_SHAPE");
    String easter = line(EASTER);
    assertThat(
            rulesOf(
                easter.replace(
                    ",\"sources\":[{\"source\":{\"speaker\":\"ua\"},\"stance\":\"claims\"}]", "")))
        .containsExactly("ESTIMATE_UNSOURCED");
    assertThat(
            rulesOf(easter.replace("\"allegedAt\":\"2025-04-21\"", "\"allegedAt\":\"2025-04-19\"")))
        .containsExactly("CEASEFIRE_ALLEGATION_BEFORE_BREACH");
    String jeddah = line(JEDDAH);
    assertThat(
            rulesOf(
                jeddah.replace(
                    ",\"provenance\":[{\"source\":{\"speaker\":\"ru-ushakov\"},\"stance\":\"claims\"}]",
                    "")))
        .containsExactly("CEASEFIRE_ACCOUNT_UNSOURCED");
    assertThat(rulesOf(jeddah.replace("\"coProposers\":[\"us\"]", "\"coProposers\":[\"ua\"]")))
        .containsExactly("CEASEFIRE_PROPOSER_REPEATED");
    assertThat(
            rulesOf(
                line(BODIES).replace("\"durationUpTo\":\"PT72H\"", "\"durationUpTo\":\"PT24H\"")))
        .containsExactly("CEASEFIRE_DURATION_RANGE_REVERSED");
  }

  @Test
  void recordsWithoutTheNewAttributesAreWrittenAsBefore() {
    assertThat(json.write(JEDDAH.withCoProposers().withVenue(java.util.Optional.empty())))
        .doesNotContain("coProposers", "venue", "alternatives", "durationUpTo", "durationUnknown");
  }
}
