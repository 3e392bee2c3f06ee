package dev.parley.json;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.negotiation.TalksFormat;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed report's Istanbul talks and ceasefire offer, as the golden files hold them: the same
 * values as the examples module's seed story, rebuilt here since json tests cannot depend on it.
 */
final class CeasefireSeed {
  private CeasefireSeed() {}

  static final PartyId RUSSIA = PartyId.of("ru");
  static final PartyId UKRAINE = PartyId.of("ua");
  static final PartyId TURKIYE = PartyId.of("tr");
  static final PartyId ZELENSKY = PartyId.of("ua:zelensky");
  static final LocalDate TALKS_DAY = LocalDate.of(2025, 5, 16);

  /** Two hours of direct talks in Istanbul, hosted by Turkiye. */
  static final NegotiationRound ISTANBUL_TALKS =
      NegotiationRound.builder()
          .id(RecordId.of("talks:2025-05-16-istanbul"))
          .venue(PlaceId.of("tr:istanbul"))
          .date(ReportedDate.ofDay(TALKS_DAY))
          .duration(Duration.ofHours(2))
          .format(TalksFormat.DIRECT)
          .addDelegation(Delegation.builder().party(RUSSIA).head("Vladimir Medinsky").build())
          .addDelegation(Delegation.builder().party(UKRAINE).head("Rustem Umerov").build())
          .addParticipant(Participant.of(TURKIYE, Role.HOST))
          .addOutcome(RecordId.of("agreement:2025-05-16-1000-for-1000"))
          .note("the first face-to-face talks between the two in over three years")
          .build();

  /** Russia's preconditions: more land, disarmament, staying out of Western alliances. */
  static final List<Condition> RUSSIAN_PRECONDITIONS =
      List.of(
          Condition.precondition(ConditionType.TERRITORIAL_CONCESSION, RUSSIA, "giving up more land"),
          Condition.precondition(ConditionType.DISARMAMENT, RUSSIA, "disarming"),
          Condition.precondition(ConditionType.NEUTRALITY, RUSSIA, "staying out of Western military alliances"));

  /** Ukraine's offer of a 30-day ceasefire, answered by Russia's counter-proposal. */
  static final CeasefireProposal THIRTY_DAY_CEASEFIRE =
      CeasefireProposal.builder()
          .id(RecordId.of("ceasefire:2025-05-ua-30-day"))
          .proposer(UKRAINE)
          .addAddressee(RUSSIA)
          .kind(ProposalKind.PROPOSAL)
          .scope(Scope.comprehensive())
          .duration(Duration.ofDays(30))
          .date(ReportedDate.parse("2025-05-10"))
          .addProvenance(Statement.of(Source.builder().speaker(ZELENSKY).build(), Stance.CLAIMS))
          .addResponse(Response.builder()
              .party(RUSSIA)
              .date(ReportedDate.ofDay(TALKS_DAY))
              .stance(ResponseStance.COUNTER_PROPOSAL)
              .counterProposal(RecordId.of("ceasefire:2025-05-ru-preconditions"))
              .addAllConditions(RUSSIAN_PRECONDITIONS)
              .build())
          .build();
}
