package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.estimate.Estimate;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.Party;
import dev.parley.testing.ValueContract;
import dev.parley.time.TimeWindow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry point: values, formats of vocabulary types, limits. */
class ParleyJsonTest {
  private final ParleyJson json = ParleyJson.defaults();

  @Test
  void writesEstimatesOfEveryKind() {
    assertThat(json.write(Estimate.exact(8)))
        .isEqualTo("{\n  \"kind\": \"exact\",\n  \"value\": 8\n}\n");
    assertThat(json.write(Estimate.atLeast(20)))
        .isEqualTo("{\n  \"kind\": \"at_least\",\n  \"low\": 20\n}\n");
    assertThat(json.write(Estimate.range(6, 8, 10)))
        .isEqualTo("{\n  \"kind\": \"range\",\n  \"low\": 6,\n  \"best\": 8,\n  \"high\": 10\n}\n");
    assertThat(json.write(Estimate.unknown())).isEqualTo("{\n  \"kind\": \"unknown\"\n}\n");
  }

  @Test
  void writesTimeWindowWithZones() {
    ZoneId moscow = ZoneId.of("Europe/Moscow");
    TimeWindow easter =
        TimeWindow.of(
            ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, moscow),
            ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, moscow));
    String text = json.write(easter);
    assertThat(text)
        .isEqualTo(
            "{\n  \"start\": \"2025-04-19T18:00+03:00[Europe/Moscow]\",\n"
                + "  \"end\": \"2025-04-21T00:00+03:00[Europe/Moscow]\"\n}\n");
    assertThat(json.read(text, TimeWindow.class)).isEqualTo(easter);
  }

  @Test
  void readsRecordWhoseTypeComesLast() {
    String text =
        "{\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\",\"country\":\"UA\",\"type\":\"party\"}";
    assertThat(json.readRecord(text)).isEqualTo(Seed.UKRAINE);
    assertThat(json.read(text, Party.class)).isEqualTo(Seed.UKRAINE);
  }

  @Test
  void rejectsDocumentLargerThanLimit() {
    ParleyJson small = json.withLimits(JsonLimits.defaults().withMaxDocumentBytes(50));
    byte[] text = json.writeBytes(Seed.ZELENSKY);
    ParleyJsonException e =
        catchThrowableOfType(ParleyJsonException.class, () -> small.read(text, Party.class));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    ParleyJsonException s =
        catchThrowableOfType(
            ParleyJsonException.class,
            () ->
                small.read(
                    new ByteArrayInputStream(
                        (" ".repeat(100_000) + new String(text, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8)),
                    Party.class));
    assertThat(s.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
  }

  @Test
  void raisedLimitsAcceptWhatDefaultsReject() {
    String name = "x".repeat(70_000);
    String text = "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"" + name + "\",\"kind\":\"state\"}";
    ParleyJson big = json.withLimits(JsonLimits.defaults().withMaxStringLength(100_000));
    assertThat(big.read(text, Party.class).name()).isEqualTo(name);
    assertThat(big.limits().maxStringLength()).isEqualTo(100_000);
  }

  @Test
  void refusesTypesOutsideTheFormat() {
    assertThatThrownBy(() -> json.read("\"x\"", String.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> json.write(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsFromStreamWithoutClosingIt() {
    ByteArrayInputStream in = new ByteArrayInputStream(json.writeBytes(Seed.UKRAINE));
    assertThat(json.read(in, Party.class)).isEqualTo(Seed.UKRAINE);
    assertThat(json.readRecord(new ByteArrayInputStream(json.writeBytes(Seed.RAKIVKA))))
        .isEqualTo(Seed.RAKIVKA);
    assertThat(json.readRecord(new String(json.writeBytes(Seed.RAKIVKA), StandardCharsets.UTF_8)))
        .isEqualTo(Seed.RAKIVKA);
  }

  @Test
  void limitsHaveDocumentedDefaultsFarBelowJackson() {
    JsonLimits d = JsonLimits.defaults();
    assertThat(d.maxNestingDepth()).isEqualTo(32);
    assertThat(d.maxStringLength()).isEqualTo(65_536);
    assertThat(d.maxNameLength()).isEqualTo(256);
    assertThat(d.maxNumberLength()).isEqualTo(64);
    assertThat(d.maxDocumentBytes()).isEqualTo(64L << 20);
    assertThat(d.maxRecordBytes()).isEqualTo(1 << 20);
    assertThatThrownBy(() -> d.withMaxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limitsHonourValueContract() {
    JsonLimits d = JsonLimits.defaults();
    ValueContract.check(
        JsonLimits.class,
        List.of(d, JsonLimits.defaults().withMaxNestingDepth(32)),
        List.of(d.withMaxNestingDepth(8)),
        List.of(d.withMaxStringLength(8)),
        List.of(d.withMaxNameLength(8)),
        List.of(d.withMaxNumberLength(8)),
        List.of(d.withMaxDocumentBytes(8)),
        List.of(d.withMaxRecordBytes(8)));
  }
}
