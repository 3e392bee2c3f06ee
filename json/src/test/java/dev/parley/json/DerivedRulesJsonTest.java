package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Values whose attributes break a rule that a derived computation (a lifecycle, a window, a sum)
 * depends on are reported as {@link ParleyJsonException}s naming the rule, and readers go on with
 * the next line.
 */
class DerivedRulesJsonTest {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private static final String HEADER = "{\"format\":\"parley\",\"version\":1}\n";

  /** A proposal with a negative duration that went into effect. */
  static final String NEGATIVE_DURATION_IN_EFFECT =
      "{\"type\":\"ceasefireProposal\",\"id\":\"ceasefire:bad\","
          + "\"kind\":\"proposal\",\"proposer\":\"ua\",\"addressees\":[\"ru\"],\"date\":\"2025-03-11\","
          + "\"scope\":{\"kind\":\"comprehensive\"},\"duration\":\"-PT720H\","
          + "\"events\":[{\"kind\":\"in_effect\",\"time\":\"2025-03-15T00:00+02:00[Europe/Kyiv]\"}]}";

  private static List<String> lines() {
    String text =
        new String(HostileCorpus.resource("/fuzz/lifecycles.ndjson"), StandardCharsets.UTF_8);
    return text.lines().skip(1).collect(Collectors.toList());
  }

  @Test
  void realLifecyclesTranchesAndRevisionsReadWithoutFindings() {
    try (NdjsonReader in =
        JSON.ndjsonReader(HostileCorpus.resource("/fuzz/lifecycles.ndjson"), ErrorMode.FAIL_FAST)) {
      List<Object> values = in.stream().map(NdjsonRecord::value).collect(Collectors.toList());
      assertThat(values).hasSize(lines().size());
      CeasefireProposal offer = (CeasefireProposal) values.get(0);
      assertThat(offer.statusAt(ZonedDateTime.parse("2025-04-20T12:00+03:00[Europe/Kyiv]")))
          .contains(CeasefireStatus.IN_EFFECT);
      assertThat(offer.statusAt(ZonedDateTime.parse("2025-04-25T12:00+03:00[Europe/Kyiv]")))
          .contains(CeasefireStatus.EXPIRED);
    }
  }

  @Test
  void readRecordReportsTheBrokenDurationInsteadOfCrashingInTheLifecycle() {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class, () -> JSON.readRecord(NEGATIVE_DURATION_IN_EFFECT));
    assertThat(e.kind()).isEqualTo(Kind.RULE_VIOLATION);
    assertThat(e.ruleCodes()).containsExactly("CEASEFIRE_DURATION_NOT_POSITIVE");
  }

  @Test
  void collectingReaderReportsTheLineAndReadsOn() {
    List<String> good = lines();
    String text =
        HEADER
            + good.get(0)
            + "\n"
            + NEGATIVE_DURATION_IN_EFFECT
            + "\n"
            + String.join("\n", good.subList(1, good.size()))
            + "\n";
    try (NdjsonReader in =
        JSON.ndjsonReader(text.getBytes(StandardCharsets.UTF_8), ErrorMode.COLLECT)) {
      List<NdjsonRecord> all = in.stream().collect(Collectors.toList());
      assertThat(all).hasSize(good.size() + 1);
      assertThat(all.get(1).isValid()).isFalse();
      assertThat(all.get(1).error().orElseThrow().line()).isEqualTo(3);
      assertThat(all.get(1).error().orElseThrow().ruleCodes())
          .containsExactly("CEASEFIRE_DURATION_NOT_POSITIVE");
      assertThat(all).filteredOn(NdjsonRecord::isValid).hasSize(good.size());
    }
  }

  @Test
  void durationsAndDatesBeyondTheSupportedSpanAreInvalidValues() {
    String far = NEGATIVE_DURATION_IN_EFFECT.replace("-PT720H", "PT99999999999H");
    assertThat(
            catchThrowableOfType(ParleyJsonException.class, () -> JSON.readRecord(far)).ruleCodes())
        .containsExactly("DURATION_OUT_OF_RANGE");
    String yearZero =
        NEGATIVE_DURATION_IN_EFFECT
            .replace("-PT720H", "PT720H")
            .replace("\"2025-03-11\"", "\"0000-03-11\"");
    ParleyJsonException e =
        catchThrowableOfType(ParleyJsonException.class, () -> JSON.readRecord(yearZero));
    assertThat(e.kind()).isIn(Kind.RULE_VIOLATION, Kind.INVALID_TEXT);
  }
}
