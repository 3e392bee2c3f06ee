package dev.parley.examples.guide;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionGroup;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.TimePoint;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;

/**
 * Record ceasefires as they are negotiated, from public reporting of 2025: the joint US-Ukrainian
 * proposal made in Jeddah on 11 March, with its reciprocity condition and Russia's conditional
 * answer; Russia's memorandum of 2 June, which answers it with two alternative sets of demands; and
 * Russia's Easter truce of 19 April with Ukraine's counter-declaration mirroring it, and a breach
 * alleged after the truce had expired.
 */
public final class JointProposalExample {
  private JointProposalExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    PartyId ukraine = PartyId.of("ua");
    PartyId us = PartyId.of("us");
    PartyId russia = PartyId.of("ru");
    ZoneId moscow = ZoneId.of("Europe/Moscow");

    // A joint proposal, made in Jeddah: 30 days, if Russia accepts and implements it too.
    CeasefireProposal jeddah =
        CeasefireProposal.builder()
            .id(RecordId.of("ceasefire:2025-03-jeddah"))
            .proposer(ukraine)
            .addCoProposer(us)
            .addAddressee(russia)
            .kind(ProposalKind.PROPOSAL)
            .scope(Scope.comprehensive())
            .duration(Duration.ofDays(30))
            .date(ReportedDate.parse("2025-03-11"))
            .venue(PlaceId.of("sa:jeddah"))
            .addCondition(
                Condition.term(
                    ConditionType.RECIPROCITY,
                    ukraine,
                    "acceptance and concurrent implementation by Russia"))
            .addResponse(
                Response.builder()
                    .party(russia)
                    .date(ReportedDate.parse("2025-03-13"))
                    .stance(ResponseStance.ACCEPTED_WITH_CONDITIONS)
                    .addCondition(
                        Condition.precondition(
                            ConditionType.MONITORING, russia, "control and verification"))
                    .note("agrees in principle; the ceasefire must lead to lasting peace")
                    .build())
            .build();

    // Russia answers with a memorandum: either the first group of demands, or the second.
    CeasefireProposal memorandum =
        CeasefireProposal.builder()
            .id(RecordId.of("ceasefire:2025-06-ru-memorandum"))
            .proposer(russia)
            .addAddressee(ukraine)
            .kind(ProposalKind.PROPOSAL)
            .scope(Scope.comprehensive())
            .durationUnknown(true)
            .date(ReportedDate.parse("2025-06-02"))
            .venue(PlaceId.of("tr:istanbul"))
            .answers(jeddah.id())
            .addAlternative(
                ConditionGroup.of(
                    Condition.precondition(
                        ConditionType.WITHDRAWAL,
                        russia,
                        "withdrawal of Ukrainian forces from four regions")))
            .addAlternative(
                ConditionGroup.of(
                    Condition.precondition(
                        ConditionType.DISARMAMENT, russia, "halt to mobilisation"),
                    Condition.precondition(
                        ConditionType.OTHER, russia, "halt to foreign military supplies")))
            .build();

    // A holiday truce over all hostilities, and an allegation made after it expired.
    CeasefireProposal easter =
        CeasefireProposal.builder()
            .id(RecordId.of("ceasefire:2025-04-ru-easter"))
            .proposer(russia)
            .kind(ProposalKind.UNILATERAL_DECLARATION)
            .scope(Scope.comprehensive())
            .occasion("Orthodox Easter")
            .duration(Duration.ofHours(30))
            .date(ReportedDate.parse("2025-04-19"))
            .addEvent(
                LifecycleEvent.of(
                    LifecycleEventType.IN_EFFECT,
                    TimePoint.of(ZonedDateTime.of(2025, 4, 19, 18, 0, 0, 0, moscow))))
            .addEvent(
                LifecycleEvent.builder()
                    .type(LifecycleEventType.BREACH_ALLEGED)
                    .time(TimePoint.parse("2025-04-20"))
                    .allegedAt(TimePoint.parse("2025-04-21"))
                    .party(ukraine)
                    .accused(russia)
                    .addViolation(
                        SourcedEstimate.of(Estimate.exact(2935), Statement.claimedBy(ukraine)))
                    .build())
            .addEvent(
                LifecycleEvent.of(
                    LifecycleEventType.EXPIRED,
                    TimePoint.of(ZonedDateTime.of(2025, 4, 21, 0, 0, 0, 0, moscow))))
            .build();

    // Ukraine's counter-declaration mirrors it, for another length and on reciprocity.
    CeasefireProposal mirror =
        CeasefireProposal.builder()
            .id(RecordId.of("ceasefire:2025-04-ua-mirror"))
            .proposer(ukraine)
            .kind(ProposalKind.UNILATERAL_DECLARATION)
            .scope(Scope.comprehensive())
            .duration(Duration.ofDays(30))
            .date(ReportedDate.parse("2025-04-19"))
            .mirrors(easter.id())
            .addCondition(
                Condition.term(ConditionType.RECIPROCITY, ukraine, "silence answered with silence"))
            .build();

    ZonedDateTime march14 = ZonedDateTime.of(2025, 3, 14, 12, 0, 0, 0, moscow);
    out.println(
        "proposed by "
            + jeddah.proposers()
            + " in "
            + jeddah.venue().orElseThrow()
            + ", on 14 March: "
            + jeddah.statusAt(march14).map(CeasefireStatus::name).orElse("-"));
    out.println(
        memorandum.id()
            + " answers "
            + memorandum.answers().orElseThrow()
            + " and asks for one of: "
            + memorandum.alternatives().stream()
                .map(g -> g.conditions().stream().map(c -> c.type().name()).toList().toString())
                .collect(Collectors.joining(" or ")));
    for (int day : new int[] {20, 21}) {
      ZonedDateTime noon = ZonedDateTime.of(2025, 4, day, 12, 0, 0, 0, moscow);
      out.println(
          "Easter truce on "
              + noon.toLocalDate()
              + ": "
              + easter.statusAt(noon).map(CeasefireStatus::name).orElse("-"));
    }
    LifecycleEvent breach = easter.allegedBreaches().get(0);
    out.println(
        "alleged on "
            + breach.allegedAt().orElseThrow()
            + " about "
            + breach.time()
            + ": "
            + breach.violations().get(0).estimate()
            + " violations");
    out.println(
        mirror.id()
            + " mirrors "
            + mirror.mirrors().orElseThrow()
            + ": "
            + mirror.duration().orElseThrow().toDays()
            + " days against "
            + easter.duration().orElseThrow().toHours()
            + " hours");
  }
}
