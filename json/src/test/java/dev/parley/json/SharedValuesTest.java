package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.exchange.Exchange;
import dev.parley.incident.Incident;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.JsonLimits;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.provenance.Source;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a reader shares between the records of a feed: short repeated texts such as a source's organ
 * and outlet, ids, codes and dates, each with its optional; what it cannot share is read as it
 * stands, and limits still apply.
 */
class SharedValuesTest {
  private static final String HEADER = "{\"format\":\"parley\",\"version\":1}\n";

  private static String incident(int n, String organ, String outlet) {
    return "{\"type\":\"incident\",\"id\":\"incident:"
        + n
        + "\",\"date\":\"2022-11-30\",\"place\":\"ua:place-377\",\"target\":\"port_infrastructure\","
        + "\"perpetrator\":{\"party\":\"ua\",\"attribution\":\"attributed\",\"sources\":[{\"source\":"
        + "{\"speaker\":\"ru\",\"organ\":\""
        + organ
        + "\",\"outlet\":\""
        + outlet
        + "\",\"published\":\"2022-11-30\"},\"stance\":\"claims\"}]},\"weapon\":\"small_arms\"}";
  }

  private static List<Incident> read(ParleyJson json, String... lines) {
    List<Incident> out = new ArrayList<>();
    byte[] text = (HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    try (NdjsonReader r = json.ndjsonReader(text, ErrorMode.FAIL_FAST)) {
      while (r.hasNext()) {
        NdjsonRecord rec = r.next();
        out.add((Incident) rec.value());
      }
    }
    return out;
  }

  private static Source source(Incident i) {
    return i.perpetrator().orElseThrow().sources().get(0).source();
  }

  @Test
  void repeatedShortTextsAndTheirOptionalsAreShared() {
    List<Incident> read =
        read(
            ParleyJson.defaults(),
            incident(1, "Ministry of Defence", "Telegram"),
            incident(2, "Ministry of Defence", "Telegram"));
    Source first = source(read.get(0));
    Source second = source(read.get(1));
    assertThat(second).isEqualTo(first);
    assertThat(second.organ()).isSameAs(first.organ()).contains("Ministry of Defence");
    assertThat(second.outlet()).isSameAs(first.outlet()).contains("Telegram");
    assertThat(second.speaker()).isSameAs(first.speaker());
    assertThat(read.get(1).weapon()).isSameAs(read.get(0).weapon());
    assertThat(read.get(1).place()).isSameAs(read.get(0).place());
  }

  @Test
  void longerTextsAreReadAsTheyStandWithoutSharing() {
    String organ = "Main Directorate of Intelligence of the Ministry of Defence";
    List<Incident> read =
        read(ParleyJson.defaults(), incident(1, organ, "Telegram"), incident(2, organ, "Telegram"));
    assertThat(source(read.get(0)).organ()).contains(organ);
    assertThat(source(read.get(1)).organ()).contains(organ);
    assertThat(source(read.get(1)).organ().orElseThrow())
        .isNotSameAs(source(read.get(0)).organ().orElseThrow());
  }

  /**
   * The limit is checked before a text is looked up or shared: a short one shares, a long one
   * fails.
   */
  @Test
  void aRepeatedTextLongerThanTheStringLimitFailsAtItsPointer() {
    ParleyJson json =
        ParleyJson.defaults().withLimits(JsonLimits.defaults().withMaxStringLength(19));
    assertThat(source(read(json, incident(1, "MoD", "Telegram")).get(0)).organ()).contains("MoD");
    assertThatThrownBy(() -> read(json, incident(2, "Ministry for Defence", "Telegram")))
        .isInstanceOf(ParleyJsonException.class)
        .hasMessageContaining("limit exceeded at \"/perpetrator/sources/0/source/organ\"");
  }

  @Test
  void repeatedDurationsAreReadOnceAndShared() {
    String proposal =
        "{\"type\":\"ceasefireProposal\",\"id\":\"ceasefire:%d\",\"kind\":\"proposal\","
            + "\"proposer\":\"ua\",\"addressees\":[\"ru\"],\"date\":\"2024-04-19\","
            + "\"scope\":{\"kind\":\"comprehensive\"},\"duration\":\"%s\"}";
    byte[] text =
        (HEADER
                + String.format(proposal, 1, "PT720H")
                + "\n"
                + String.format(proposal, 2, "PT720H")
                + "\n"
                + String.format(proposal, 3, "P30D")
                + "\n"
                + String.format(proposal, 4, "PT-1H")
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    List<NdjsonRecord> all = new ArrayList<>();
    try (NdjsonReader r = ParleyJson.defaults().ndjsonReader(text, ErrorMode.COLLECT)) {
      r.forEachRemaining(all::add);
    }
    Optional<Duration> first = ((CeasefireProposal) all.get(0).value()).duration();
    assertThat(first).contains(Duration.ofHours(720));
    assertThat(((CeasefireProposal) all.get(1).value()).duration()).isSameAs(first);
    // Another text of the same length of time is its own entry, read as it stands.
    assertThat(((CeasefireProposal) all.get(2).value()).duration())
        .contains(Duration.ofHours(720))
        .isNotSameAs(first);
    assertThat(all.get(3).isValid()).isFalse();
    assertThat(all.get(3).error().orElseThrow().ruleCodes()).isNotEmpty();
  }

  @Test
  void repeatedTimesOfDayAndZonesAreReadOnceAndShared() {
    String exchange =
        "{\"type\":\"exchange\",\"id\":\"exchange:%d\",\"date\":\"2023-11-24\","
            + "\"timeOfDay\":\"16:00\",\"zone\":\"Asia/Jerusalem\",\"status\":\"completed\","
            + "\"directions\":[{\"releasing\":\"ps:hamas\",\"receiving\":\"il\","
            + "\"figures\":[{\"total\":{\"kind\":\"exact\",\"value\":13}}]}]}";
    byte[] text =
        (HEADER + String.format(exchange, 1) + "\n" + String.format(exchange, 2) + "\n")
            .getBytes(StandardCharsets.UTF_8);
    List<Exchange> read = new ArrayList<>();
    try (NdjsonReader r = ParleyJson.defaults().ndjsonReader(text, ErrorMode.FAIL_FAST)) {
      r.forEachRemaining(rec -> read.add((Exchange) rec.value()));
    }
    assertThat(read.get(0).timeOfDay()).contains(LocalTime.of(16, 0));
    assertThat(read.get(0).zone()).contains(ZoneId.of("Asia/Jerusalem"));
    assertThat(read.get(1).timeOfDay()).isSameAs(read.get(0).timeOfDay());
    assertThat(read.get(1).zone()).isSameAs(read.get(0).zone());
  }
}
