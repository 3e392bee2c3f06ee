package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionGroup;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseAccount;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.ScopeDomain;
import dev.parley.ceasefire.TimePoint;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.json.format.NdjsonWriter;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attributes of ceasefires as negotiated (joint proposers, venue, occasion, links, alternative
 * demands, ranged and unknown durations, response notes and accounts, allegations after expiry with
 * violation counts) written, read back, in NDJSON, against the schema and as golden files.
 */
class NegotiatedCeasefireJsonTest {
  static final PartyId UA = PartyId.of("ua");
  static final PartyId RU = PartyId.of("ru");
  static final PartyId US = PartyId.of("us");
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private final ParleyJson json = ParleyJson.defaults();

  /** The US-Ukraine joint proposal of 11 March 2025 in Jeddah, with Russia's answer. */
  static final CeasefireProposal JEDDAH =
      CeasefireProposal.builder()
          .id(RecordId.of("ceasefire:2025-03-jeddah"))
          .proposer(UA)
          .addCoProposer(US)
          .addAddressee(RU)
          .kind(ProposalKind.PROPOSAL)
          .scope(Scope.comprehensive())
          .duration(Duration.ofDays(30))
          .date(ReportedDate.parse("2025-03-11"))
          .venue(PlaceId.of("sa:jeddah"))
          .extensionTerms("by mutual agreement of the parties")
          .addCondition(
              Condition.term(
                  ConditionType.RECIPROCITY,
                  UA,
                  "acceptance and concurrent implementation by the Russian Federation"))
          .addResponse(
              Response.builder()
                  .party(RU)
                  .date(ReportedDate.parse("2025-03-13"))
                  .stance(ResponseStance.ACCEPTED_WITH_CONDITIONS)
                  .addCondition(
                      Condition.precondition(
                          ConditionType.MONITORING, RU, "control and verification"))
                  .addProvenance(Statement.claimedBy(RU))
                  .note("agrees in principle; the ceasefire must lead to lasting peace")
                  .addAccount(
                      ResponseAccount.builder()
                          .stance(ResponseStance.REJECTED)
                          .addProvenance(Statement.claimedBy(PartyId.of("ru-ushakov")))
                          .note("nothing but a temporary respite for the Ukrainian military")
                          .build())
                  .build())
          .build();

  /** Russia's memorandum of 2 June 2025, answering it with two alternative sets of terms. */
  static final CeasefireProposal MEMORANDUM =
      CeasefireProposal.builder()
          .id(RecordId.of("ceasefire:2025-06-ru-memorandum"))
          .proposer(RU)
          .addAddressee(UA)
          .kind(ProposalKind.PROPOSAL)
          .scope(Scope.comprehensive())
          .durationUnknown(true)
          .date(ReportedDate.parse("2025-06-02"))
          .venue(PlaceId.of("tr:istanbul"))
          .answers(JEDDAH.id())
          .addAlternative(
              ConditionGroup.of(
                  Condition.precondition(
                      ConditionType.WITHDRAWAL,
                      RU,
                      "full withdrawal of Ukrainian forces from four regions")))
          .addAlternative(
              ConditionGroup.of(
                  Condition.precondition(
                      ConditionType.DISARMAMENT, RU, "halt to mobilisation and to redeployments"),
                  Condition.precondition(
                      ConditionType.OTHER, RU, "halt to foreign military supplies")))
          .build();

  /** Russia's offer of a two- to three-day pause on unnamed parts of the front, 2 June 2025. */
  static final CeasefireProposal BODIES =
      CeasefireProposal.builder()
          .id(RecordId.of("ceasefire:2025-06-ru-bodies"))
          .proposer(RU)
          .addAddressee(UA)
          .kind(ProposalKind.PROPOSAL)
          .scope(
              Scope.builder()
                  .domain(ScopeDomain.FRONT_SECTOR)
                  .description("certain parts of the front line, to collect the bodies of the dead")
                  .build())
          .duration(Duration.ofDays(2))
          .durationUpTo(Duration.ofDays(3))
          .date(ReportedDate.parse("2025-06-02"))
          .build();

  /** Russia's Easter truce of 2025 and Ukraine's allegation, made after it expired. */
  static final CeasefireProposal EASTER =
      CeasefireProposal.builder()
          .id(RecordId.of("ceasefire:2025-04-ru-easter"))
          .proposer(RU)
          .kind(ProposalKind.UNILATERAL_DECLARATION)
          .scope(Scope.comprehensive())
          .occasion("Orthodox Easter")
          .duration(Duration.ofHours(30))
          .date(ReportedDate.parse("2025-04-19"))
          .addEvent(
              LifecycleEvent.of(
                  LifecycleEventType.IN_EFFECT,
                  TimePoint.of(ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, MOSCOW))))
          .addEvent(
              LifecycleEvent.builder()
                  .type(LifecycleEventType.BREACH_ALLEGED)
                  .time(TimePoint.parse("2025-04-20"))
                  .allegedAt(TimePoint.parse("2025-04-21"))
                  .party(UA)
                  .accused(RU)
                  .addViolation(SourcedEstimate.of(Estimate.exact(2935), Statement.claimedBy(UA)))
                  .build())
          .addEvent(
              LifecycleEvent.of(
                  LifecycleEventType.EXPIRED,
                  TimePoint.of(ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, MOSCOW))))
          .build();

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
