package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.TimePoint;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.testing.CeasefireGen;
import dev.parley.testing.Laws;
import dev.parley.testing.SeedStory;
import dev.parley.testing.VocabularyGen;
import dev.parley.time.ReportedDate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Record type {@code ceasefireProposal} and its nested values: the golden file is the seed's 30-day
 * offer, generated proposals round-trip byte for byte and conform to the schema.
 */
class CeasefireProposalJsonTest {
  private static final String SCHEMA = "ceasefireProposal.schema.json";
  private final ParleyJson json = ParleyJson.defaults();

  private static String golden() {
    return new String(GoldenFilesTest.golden("ceasefireProposal.json"), StandardCharsets.UTF_8);
  }

  /** Generated proposals, some given the optional details the core generator leaves out. */
  static Gen<CeasefireProposal> proposals() {
    return CeasefireGen.proposals()
        .zip(
            VocabularyGen.statements(),
            integers().between(0, 31),
            CeasefireProposalJsonTest::withDetails);
  }

  private static CeasefireProposal withDetails(CeasefireProposal p, Statement said, int details) {
    CeasefireProposal out = p;
    if ((details & 1) != 0) {
      out = out.withProvenance(said);
    }
    if ((details & 2) != 0) {
      out = out.withExtensionTerms("by mutual consent, for another 30 days");
    }
    if ((details & 4) != 0) {
      out =
          out.withParticipants(Participant.of(PartyId.of("ae"), Role.MEDIATOR))
              .withNegotiationRound(RecordId.of("talks:2025-05-16-istanbul"));
    }
    if ((details & 8) != 0) {
      out =
          out.withResponses(
              out.responses().stream()
                  .map(r -> r.withProvenance(said))
                  .collect(Collectors.toList()));
    }
    if ((details & 16) != 0) {
      out =
          out.withEvents(
              out.events().stream()
                  .map(
                      e -> {
                        LifecycleEvent d =
                            e.withNote("as reported")
                                .withPlace(PlaceId.of("ua:rakivka"))
                                .withProvenance(said);
                        return e.type() == LifecycleEventType.BREACH_ALLEGED
                            ? d.withAccused(PartyId.of("p9"))
                            : d;
                      })
                  .collect(Collectors.toList()));
    }
    return out;
  }

  @Test
  void writesThirtyDayOfferAsGoldenFile() {
    assertThat(json.write(SeedStory.THIRTY_DAY_CEASEFIRE)).isEqualTo(golden());
  }

  @Test
  void readsGoldenFileBackToTheOffer() {
    assertThat(json.read(golden(), CeasefireProposal.class))
        .isEqualTo(SeedStory.THIRTY_DAY_CEASEFIRE);
    assertThat(json.readRecord(golden())).isEqualTo(SeedStory.THIRTY_DAY_CEASEFIRE);
  }

  @Test
  void goldenFileKeepsTheCounterProposalAndItsThreePreconditions() {
    CeasefireProposal offer = json.read(golden(), CeasefireProposal.class);
    Response answer = offer.responses().get(0);
    assertThat(answer.party()).isEqualTo(PartyId.of("ru"));
    assertThat(answer.counterProposal())
        .contains(RecordId.of("ceasefire:2025-05-ru-preconditions"));
    assertThat(answer.conditions()).hasSize(3).allMatch(Condition::isPrecondition);
    assertThat(offer.statusAt(ZonedDateTime.of(2025, 5, 17, 12, 0, 0, 0, ZoneId.of("Europe/Kyiv"))))
        .contains(CeasefireStatus.COUNTERED);
  }

  @Test
  void goldenFileConformsToSchema() {
    assertThat(Schemas.errors(SCHEMA, golden())).isEmpty();
  }

  @Test
  void readsThirtyDaysWrittenInDays() {
    String inDays = golden().replace("\"PT720H\"", "\"P30D\"");
    assertThat(inDays).isNotEqualTo(golden());
    assertThat(json.read(inDays, CeasefireProposal.class).duration()).contains(Duration.ofDays(30));
    assertThat(Schemas.errors(SCHEMA, inDays)).isEmpty();
  }

  @Test
  void readsEmptyArraysAsEmptyLists() {
    String text =
        "{\"type\":\"ceasefireProposal\",\"id\":\"ceasefire:2025-05-08-ru-victory-day\","
            + "\"kind\":\"unilateral_declaration\",\"proposer\":\"ru\",\"addressees\":[],\"date\":\"2025-05-08\","
            + "\"scope\":{\"kind\":\"partial\",\"domain\":\"holiday_truce\",\"places\":[]},\"duration\":\"PT72H\","
            + "\"proposedStart\":\"2025-05-08T00:00+03:00[Europe/Moscow]\",\"responses\":[],\"events\":[]}";
    CeasefireProposal truce = json.read(text, CeasefireProposal.class);
    assertThat(truce.kind()).isEqualTo(ProposalKind.UNILATERAL_DECLARATION);
    assertThat(truce.addressees()).isEmpty();
    assertThat(truce.proposedStart())
        .contains(
            TimePoint.of(ZonedDateTime.of(2025, 5, 8, 0, 0, 0, 0, ZoneId.of("Europe/Moscow"))));
    assertThat(json.write(truce)).doesNotContain("[]");
    assertThat(Schemas.errors(SCHEMA, text)).isEmpty();
  }

  @Test
  void writesSupersessionOnlyWhenTrue() {
    String text = json.write(SeedStory.THIRTY_DAY_CEASEFIRE);
    assertThat(text).doesNotContain("supersedesEarlier");
    Response explicitFalse =
        json.read(
            "{\"party\":\"ru\",\"date\":\"2025-05-16\",\"stance\":\"rejected\",\"supersedesEarlier\":false}",
            Response.class);
    assertThat(explicitFalse)
        .isEqualTo(
            Response.of(
                PartyId.of("ru"),
                ReportedDate.parse("2025-05-16"),
                dev.parley.ceasefire.ResponseStance.REJECTED));
    Response later = explicitFalse.withSupersedesEarlier(true);
    assertThat(json.write(later)).contains("\"supersedesEarlier\": true");
  }

  @Test
  void proposalsRoundTripByteForByteAndConformToSchema() {
    Laws.qt()
        .forAll(proposals())
        .checkAssert(
            p -> {
              String text = json.write(p);
              CeasefireProposal back = json.read(text, CeasefireProposal.class);
              assertThat(back).isEqualTo(p);
              assertThat(json.write(back)).isEqualTo(text);
              assertThat(Schemas.errors(SCHEMA, text)).as(text).isEmpty();
            });
  }

  @Test
  void proposalsRoundTripThroughNdjson() {
    Laws.qt()
        .forAll(proposals())
        .checkAssert(
            p -> {
              NdjsonRoundTrip.check(json, List.of(p), List.of(SCHEMA));
            });
  }

  @Test
  void timePointsRoundTripAsTextThatSaysWhichTheyAre() {
    Laws.qt()
        .forAll(CeasefireGen.timePoints())
        .checkAssert(
            t -> {
              String text = json.write(t);
              assertThat(json.read(text, TimePoint.class)).isEqualTo(t);
              assertThat(text.contains("T")).isEqualTo(t.isInstant());
              assertThat(Schemas.errors(SCHEMA + "#/$defs/timePoint", text)).as(text).isEmpty();
            });
  }

  @Test
  void scopesRoundTrip() {
    Laws.qt()
        .forAll(CeasefireGen.scopes())
        .checkAssert(
            s -> {
              String text = json.write(s);
              assertThat(json.read(text, Scope.class)).isEqualTo(s);
              assertThat(text).contains(s.isComprehensive() ? "\"comprehensive\"" : "\"partial\"");
              assertThat(Schemas.errors(SCHEMA + "#/$defs/scope", text)).as(text).isEmpty();
            });
  }

  @Test
  void conditionsRoundTrip() {
    Laws.qt()
        .forAll(CeasefireGen.conditions())
        .checkAssert(
            c -> {
              String text = json.write(c);
              assertThat(json.read(text, Condition.class)).isEqualTo(c);
              assertThat(Schemas.errors(SCHEMA + "#/$defs/condition", text)).as(text).isEmpty();
            });
  }

  @Test
  void jacksonModuleReadsAndWritesTheOffer() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String text = mapper.writeValueAsString(SeedStory.THIRTY_DAY_CEASEFIRE);
    assertThat(mapper.readValue(text, CeasefireProposal.class))
        .isEqualTo(SeedStory.THIRTY_DAY_CEASEFIRE);
    assertThat(mapper.readValue(golden(), CeasefireProposal.class))
        .isEqualTo(SeedStory.THIRTY_DAY_CEASEFIRE);
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() {
    String offer = golden();
    assertThat(
            Schemas.errors(
                SCHEMA,
                offer.replace("\"kind\": \"proposal\"", "\"kind\": \"unilateral_declaration\"")))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                SCHEMA,
                offer.replace(
                    ",\n      \"counterProposal\": \"ceasefire:2025-05-ru-preconditions\"", "")))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                SCHEMA,
                offer.replace(
                    "\"kind\": \"comprehensive\"",
                    "\"kind\": \"comprehensive\", \"domain\": \"maritime\"")))
        .isNotEmpty();
    assertThat(Schemas.errors(SCHEMA, offer.replace("\"PT720H\"", "\"30 days\""))).isNotEmpty();
    assertThat(
            Schemas.errors(
                SCHEMA,
                offer.replace(
                    "\"addressees\": [\n    \"ru\"\n  ]", "\"addressees\": [\"ru\", \"ru\"]")))
        .isNotEmpty();
    assertThat(Schemas.errors(SCHEMA + "#/$defs/timePoint", "\"2025-05-12T10:00\"")).isNotEmpty();
    assertThat(
            Schemas.errors(
                SCHEMA + "#/$defs/lifecycleEvent",
                "{\"kind\":\"breach_alleged\",\"time\":\"2025-05-12\"}"))
        .isNotEmpty();
  }
}
