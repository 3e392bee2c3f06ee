package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.record.RecordId;
import dev.parley.testing.ExchangeGen;
import dev.parley.testing.Laws;
import dev.parley.testing.SeedStory;
import dev.parley.testing.VocabularyGen;
import dev.parley.time.ReportedDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Agreements and exchanges on the wire: the golden files are the seed's agreement and first
 * tranche, generated values round-trip to equal values and identical bytes, and every written
 * document conforms to its schema.
 */
class ExchangeJsonTest {
  private static final String AGREEMENT_START =
      "{\"type\":\"agreement\",\"id\":\"a\",\"agreed\":\"2025-05-16\",";
  private static final String EXCHANGE_START =
      "{\"type\":\"exchange\",\"id\":\"e\",\"date\":\"2025-05-23\",\"status\":\"completed\",";
  private static final String RU_TO_UA =
      "\"directions\":[{\"releasing\":\"ru\",\"receiving\":\"ua\"}]";

  private final ParleyJson json = ParleyJson.defaults();

  private static String golden(String name) {
    return new String(GoldenFilesTest.golden(name), StandardCharsets.UTF_8);
  }

  private <T> void roundTrips(Gen<T> values, Class<T> type, String schema) {
    Laws.qt()
        .forAll(values)
        .checkAssert(
            v -> {
              String text = json.write(v);
              T back = json.read(text, type);
              assertThat(back).isEqualTo(v);
              assertThat(json.write(back)).isEqualTo(text);
              assertThat(Schemas.errors(schema, text)).as(text).isEmpty();
            });
  }

  /**
   * ExchangeGen's agreements with a venue, a round, a target period and a mediator some of the
   * time.
   */
  static Gen<Agreement> agreements() {
    return ExchangeGen.agreements()
        .zip(
            VocabularyGen.placeIds(),
            VocabularyGen.recordIds(),
            integers().between(0, 15),
            (a, venue, round, extra) -> {
              Agreement.Builder b = Agreement.builder().from(a);
              if ((extra & 1) != 0) {
                b.venue(venue);
              }
              if ((extra & 2) != 0) {
                b.negotiationRound(round);
              }
              if ((extra & 4) != 0) {
                b.target(
                    ReportedDate.between(
                        ExchangeGen.AGREED.plusDays(extra),
                        ExchangeGen.AGREED.plusDays(extra + 2)));
              }
              if ((extra & 8) != 0) {
                b.addParticipant(Participant.of(PartyId.of("ae"), Role.MEDIATOR));
              }
              return b.build();
            });
  }

  /**
   * ExchangeGen's exchanges whose first direction carries figures of every shape, with a venue some
   * of the time.
   */
  static Gen<Exchange> exchanges() {
    return ExchangeGen.exchanges()
        .zip(
            ExchangeGen.directions(),
            VocabularyGen.placeIds(),
            integers().between(0, 1),
            (e, d, venue, withVenue) -> {
              Direction first =
                  Direction.builder()
                      .releasing(ExchangeGen.SIDE_A)
                      .receiving(ExchangeGen.SIDE_B)
                      .figures(d.figures())
                      .custody(e.directions().get(0).custody().filter(k -> k.count().isEmpty()))
                      .build();
              Exchange.Builder b =
                  Exchange.builder()
                      .from(e)
                      .directions(e.directions().subList(1, e.directions().size()));
              b.addDirection(first);
              return withVenue == 1 ? b.venue(venue).build() : b.build();
            });
  }

  @Test
  void writesSeedAgreementAsGoldenFile() {
    assertThat(json.write(SeedStory.THOUSAND_FOR_THOUSAND)).isEqualTo(golden("agreement.json"));
  }

  @Test
  void readsSeedAgreementGoldenFile() {
    Agreement a = json.read(golden("agreement.json"), Agreement.class);
    assertThat(a).isEqualTo(SeedStory.THOUSAND_FOR_THOUSAND);
    assertThat(a.parity()).isTrue();
    assertThat(a.quotasOf(SeedStory.UKRAINE.id()))
        .containsExactly(Quota.of(SeedStory.UKRAINE.id(), 1000));
    assertThat(json.readRecord(golden("agreement.json")))
        .isEqualTo(SeedStory.THOUSAND_FOR_THOUSAND);
  }

  @Test
  void writesSeedFirstTrancheAsGoldenFile() {
    assertThat(json.write(SeedStory.FIRST_TRANCHE)).isEqualTo(golden("exchange.json"));
  }

  @Test
  void readsSeedFirstTrancheGoldenFile() {
    Exchange e = json.read(golden("exchange.json"), Exchange.class);
    assertThat(e).isEqualTo(SeedStory.FIRST_TRANCHE);
    assertThat(
            e.direction(SeedStory.RUSSIA.id(), SeedStory.UKRAINE.id())
                .orElseThrow()
                .released(ReleaseCategory.CIVILIAN))
        .hasValue(120);
    assertThat(e.trancheNumber()).hasValue(1);
    assertThat(e.participants())
        .extracting(Participant::role)
        .containsExactly(Role.TRANSIT, Role.COMMENTATOR);
    assertThat(json.readRecord(golden("exchange.json"))).isEqualTo(SeedStory.FIRST_TRANCHE);
  }

  @Test
  void goldenFilesConformToSchemas() {
    assertThat(Schemas.errors("agreement.schema.json", golden("agreement.json"))).isEmpty();
    assertThat(Schemas.errors("exchange.schema.json", golden("exchange.json"))).isEmpty();
  }

  @Test
  void schemasRejectWhatTheReaderRejects() {
    String figure = "exchange.schema.json#/$defs/releaseFigure";
    assertThat(
            Schemas.errors(
                figure, "{\"total\":{\"kind\":\"exact\",\"value\":3},\"breakdown\":{\"pows\":2}}"))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                figure,
                "{\"total\":{\"kind\":\"exact\",\"value\":3},\"breakdown\":{\"military\":-2}}"))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                figure,
                "{\"total\":{\"kind\":\"exact\",\"value\":3},\"breakdown\":{\"military\":2}}"))
        .isEmpty();
    assertThat(
            Schemas.errors(
                "agreement.schema.json#/$defs/quota",
                "{\"releasing\":\"ru\",\"category\":\"bodies\"}"))
        .isNotEmpty();
    assertThat(Schemas.errors("agreement.schema.json", AGREEMENT_START + "\"sides\":[\"ru\"]}"))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                "agreement.schema.json",
                AGREEMENT_START + "\"sides\":[\"ru\",\"ua\"],\"target\":\"2025\"}"))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                "exchange.schema.json", EXCHANGE_START + "\"trancheNumber\":2," + RU_TO_UA + "}"))
        .isNotEmpty();
    assertThat(Schemas.errors("exchange.schema.json", EXCHANGE_START + "\"directions\":[]}"))
        .isNotEmpty();
    assertThat(Schemas.errors("exchange.schema.json", EXCHANGE_START + RU_TO_UA + "}")).isEmpty();
  }

  @Test
  void agreementsRoundTrip() {
    roundTrips(agreements(), Agreement.class, "agreement.schema.json");
  }

  @Test
  void exchangesRoundTrip() {
    roundTrips(exchanges(), Exchange.class, "exchange.schema.json");
  }

  @Test
  void tranchesRoundTrip() {
    roundTrips(ExchangeGen.tranches(), Exchange.class, "exchange.schema.json");
  }

  @Test
  void quotasRoundTrip() {
    roundTrips(
        ExchangeGen.quotas(ExchangeGen.SIDE_A), Quota.class, "agreement.schema.json#/$defs/quota");
  }

  @Test
  void releaseFiguresRoundTrip() {
    roundTrips(
        ExchangeGen.figures(), ReleaseFigure.class, "exchange.schema.json#/$defs/releaseFigure");
  }

  @Test
  void directionsRoundTrip() {
    roundTrips(ExchangeGen.directions(), Direction.class, "exchange.schema.json#/$defs/direction");
  }

  @Test
  void agreementsAndExchangesRoundTripThroughNdjson() {
    Laws.qt()
        .forAll(agreements(), exchanges())
        .checkAssert(
            (agreement, exchange) -> {
              NdjsonRoundTrip.check(
                  json,
                  List.of(agreement, exchange),
                  List.of("agreement.schema.json", "exchange.schema.json"));
            });
  }

  @Test
  void writesBreakdownInCategoryOrderWhateverTheInsertionOrder() {
    ReleaseFigure civilianFirst =
        ReleaseFigure.builder()
            .from(SeedStory.FIRST_TRANCHE_FIGURE)
            .breakdown(java.util.Map.of())
            .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
            .putBreakdown(ReleaseCategory.MILITARY, 270L)
            .build();
    assertThat(civilianFirst).isEqualTo(SeedStory.FIRST_TRANCHE_FIGURE);
    String text = json.write(civilianFirst);
    assertThat(text).isEqualTo(json.write(SeedStory.FIRST_TRANCHE_FIGURE));
    assertThat(text.indexOf("\"military\"")).isLessThan(text.indexOf("\"civilian\""));
  }

  @Test
  void leavesOutEmptyListsAndFalseParityAndReadsThemBack() {
    Agreement bare =
        Agreement.builder()
            .id(RecordId.of("agreement:bare"))
            .addSides(SeedStory.RUSSIA.id(), SeedStory.UKRAINE.id())
            .agreed(ReportedDate.ofDay(SeedStory.TALKS_DAY))
            .build();
    String compact =
        "{\"type\":\"agreement\",\"id\":\"agreement:bare\",\"agreed\":\"2025-05-16\",\"sides\":[\"ru\",\"ua\"]}";
    assertThat(json.write(bare)).isEqualToIgnoringWhitespace(compact);
    String explicit =
        "{\"type\":\"agreement\",\"id\":\"agreement:bare\",\"agreed\":\"2025-05-16\",\"sides\":[\"ru\",\"ua\"],"
            + "\"quotas\":[],\"parity\":false,\"participants\":[]}";
    assertThat(json.read(explicit, Agreement.class)).isEqualTo(bare);
  }

  @Test
  void readsDirectionWithoutFiguresAsUnknownCount() {
    Direction d =
        json.read("{\"releasing\":\"ua\",\"receiving\":\"ru\",\"figures\":[]}", Direction.class);
    assertThat(d.figures()).isEmpty();
    assertThat(d.released().isKnown()).isFalse();
    assertThat(json.write(d))
        .isEqualToIgnoringWhitespace("{\"releasing\":\"ua\",\"receiving\":\"ru\"}");
  }

  @Test
  void readsRecordWhoseTypeComesLast() {
    String text =
        "{\"id\":\"exchange:x\",\"date\":\"2025-05-23\",\"status\":\"announced\","
            + "\"directions\":[{\"releasing\":\"ru\",\"receiving\":\"ua\",\"figures\":[{\"total\":{\"kind\":\"at_least\",\"low\":84},"
            + "\"breakdown\":{\"wounded_or_sick\":84}}]}],\"type\":\"exchange\"}";
    Exchange e = (Exchange) json.readRecord(text);
    assertThat(e.isCompleted()).isFalse();
    assertThat(e.directions().get(0).released(ReleaseCategory.WOUNDED_OR_SICK)).hasValue(84);
  }
}
