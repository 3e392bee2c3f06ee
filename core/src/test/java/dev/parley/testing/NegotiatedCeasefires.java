package dev.parley.testing;

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
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Ceasefires as negotiated in 2025, from public reporting, shared by the core's and the JSON
 * module's tests: the US-Ukrainian joint proposal made in Jeddah on 11 March with Russia's
 * conditional answer (and a second account of it), Russia's memorandum of 2 June with two
 * alternative sets of demands, its offer of a pause of two to three days on unnamed parts of the
 * front, and its Easter truce of 19 April with a breach alleged after it expired.
 */
public final class NegotiatedCeasefires {
  private NegotiatedCeasefires() {}

  static final PartyId UA = PartyId.of("ua");
  static final PartyId RU = PartyId.of("ru");
  static final PartyId US = PartyId.of("us");
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** The US-Ukraine joint proposal of 11 March 2025 in Jeddah, with Russia's answer. */
  public static final CeasefireProposal JEDDAH =
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
  public static final CeasefireProposal MEMORANDUM =
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
  public static final CeasefireProposal BODIES =
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
  public static final CeasefireProposal EASTER =
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
}
