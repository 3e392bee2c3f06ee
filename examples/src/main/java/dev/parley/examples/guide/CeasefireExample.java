package dev.parley.examples.guide;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.CeasefireStatus;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.party.PartyId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Record a ceasefire proposal and the answers to it, and ask for its status at an instant. */
public final class CeasefireExample {
  private CeasefireExample() {}

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    PartyId russia = PartyId.of("ru");
    PartyId ukraine = PartyId.of("ua");

    CeasefireProposal offer =
        CeasefireProposal.builder()
            .id(RecordId.of("ceasefire:2025-05-ua-30-day"))
            .proposer(ukraine)
            .addAddressee(russia)
            .kind(ProposalKind.PROPOSAL)
            .scope(Scope.comprehensive())
            .duration(Duration.ofDays(30))
            .date(ReportedDate.parse("2025-05-10"))
            // Russia answers with a counter-proposal carrying typed preconditions.
            .addResponse(
                Response.builder()
                    .party(russia)
                    .date(ReportedDate.parse("2025-05-16"))
                    .stance(ResponseStance.COUNTER_PROPOSAL)
                    .counterProposal(RecordId.of("ceasefire:2025-05-ru-preconditions"))
                    .addConditions(
                        Condition.precondition(
                            ConditionType.TERRITORIAL_CONCESSION, russia, "giving up more land"),
                        Condition.precondition(ConditionType.DISARMAMENT, russia, "disarming"),
                        Condition.precondition(
                            ConditionType.NEUTRALITY,
                            russia,
                            "staying out of Western military alliances"))
                    .build())
            .build();

    // The status is derived from the dated answers and events, never stored.
    ZoneId kyiv = ZoneId.of("Europe/Kyiv");
    for (String day : new String[] {"2025-05-12", "2025-05-20"}) {
      ZonedDateTime noon = ReportedDate.parse(day).start().atTime(12, 0).atZone(kyiv);
      out.println(
          day
              + ": "
              + offer.statusAt(noon).map(CeasefireStatus::name).orElse("not yet proposed")
              + ", unanswered by "
              + offer.unansweredAddressees(noon));
    }
  }
}
