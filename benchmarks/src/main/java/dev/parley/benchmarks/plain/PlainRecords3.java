package dev.parley.benchmarks.plain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Jackson 3 baseline: the records of {@link PlainRecords} with Jackson 3's {@code JsonNode},
 * plain Java records mirroring the JSON shape of every Parley record type, as a user would write
 * them by hand for Jackson databind. Dates, durations and vocabulary tokens are plain strings,
 * nothing is validated, and absent properties are left out when writing.
 *
 * <p>The few rarely used nested shapes that the benchmark data never contains (time windows,
 * lifecycle events, outcomes, extension terms) are kept as {@link JsonNode}.
 */
public final class PlainRecords3 {
  private PlainRecords3() {}

  /** Any line of an NDJSON file, told apart by its {@code type} property. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = PlainParty.class, name = "party"),
    @JsonSubTypes.Type(value = PlainPlace.class, name = "place"),
    @JsonSubTypes.Type(value = PlainClaim.class, name = "territorialClaim"),
    @JsonSubTypes.Type(value = PlainAssessment.class, name = "assessment"),
    @JsonSubTypes.Type(value = PlainIncident.class, name = "incident"),
    @JsonSubTypes.Type(value = PlainExchange.class, name = "exchange"),
    @JsonSubTypes.Type(value = PlainAgreement.class, name = "agreement"),
    @JsonSubTypes.Type(value = PlainRound.class, name = "negotiationRound"),
    @JsonSubTypes.Type(value = PlainProposal.class, name = "ceasefireProposal"),
  })
  public interface PlainLine {}

  /** A party. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainParty(String id, String name, String kind, String country, String actingFor)
      implements PlainLine {}

  /** Coordinates. */
  public record PlainCoordinates(double latitude, double longitude) {}

  /** A place. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainPlace(
      String id,
      String name,
      String country,
      String region,
      PlainCoordinates coordinates,
      String precision)
      implements PlainLine {}

  /** A source of a statement. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainSource(
      String speaker, String organ, String outlet, String link, String published) {}

  /** A statement. */
  public record PlainStatement(PlainSource source, String stance) {}

  /** An estimate. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainEstimate(String kind, Long value, Long low, Long best, Long high) {}

  /** A participant. */
  public record PlainParticipant(String party, String role) {}

  /** The subject of a territorial claim. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainSubject(
      String place, String region, String country, Double percent, Boolean approximate) {}

  /** A territorial claim. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainClaim(
      String id,
      String claimant,
      PlainSubject subject,
      String kind,
      String means,
      String asOf,
      List<PlainStatement> provenance)
      implements PlainLine {}

  /** A controller. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainController(String kind, String party) {}

  /** An assessment. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainAssessment(
      String id,
      String assessor,
      String assessorKind,
      String claim,
      String place,
      String status,
      PlainController controller,
      String date,
      List<PlainStatement> provenance)
      implements PlainLine {}

  /** A perpetrator. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainPerpetrator(String party, String attribution, List<PlainStatement> sources) {}

  /** A casualty revision. */
  public record PlainRevision(
      String date, PlainEstimate killed, PlainEstimate injured, List<PlainStatement> sources) {}

  /** Casualties. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainCasualties(List<PlainRevision> revisions) {}

  /** An incident. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainIncident(
      String id,
      String date,
      String time,
      String place,
      String target,
      PlainPerpetrator perpetrator,
      String weapon,
      PlainCasualties casualties,
      List<PlainStatement> provenance)
      implements PlainLine {}

  /** A release figure. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainFigure(
      PlainEstimate total, Map<String, Long> breakdown, List<PlainStatement> statements) {}

  /** A direction of an exchange. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainDirection(String releasing, String receiving, List<PlainFigure> figures) {}

  /** An exchange. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainExchange(
      String id,
      String agreement,
      Integer trancheNumber,
      String date,
      String status,
      List<PlainDirection> directions,
      String venue,
      List<PlainParticipant> participants)
      implements PlainLine {}

  /** A quota. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PlainQuota(String releasing, Long count, String category, String description) {}

  /** An agreement. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainAgreement(
      String id,
      String agreed,
      List<String> sides,
      List<PlainQuota> quotas,
      Boolean parity,
      JsonNode targetPeriod,
      String venue,
      String negotiationRound,
      List<PlainParticipant> participants)
      implements PlainLine {}

  /** A delegation. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainDelegation(String party, String head, List<String> members) {}

  /** A negotiation round. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainRound(
      String id,
      String venue,
      String date,
      JsonNode window,
      String duration,
      String format,
      List<PlainDelegation> delegations,
      List<PlainParticipant> participants,
      List<JsonNode> outcomes,
      String note,
      List<PlainStatement> provenance)
      implements PlainLine {}

  /** The scope of a ceasefire proposal. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainScope(
      String kind, String domain, List<String> places, List<String> regions, String description) {}

  /** A condition. */
  public record PlainCondition(String kind, String demandedBy, String text, String timing) {}

  /** A response to a proposal. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainResponse(
      String party,
      String date,
      String stance,
      List<PlainCondition> conditions,
      String counterProposal,
      Boolean supersedesEarlier,
      List<PlainStatement> provenance) {}

  /** A ceasefire proposal. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PlainProposal(
      String id,
      String kind,
      String proposer,
      List<String> addressees,
      String date,
      PlainScope scope,
      String duration,
      String proposedStart,
      JsonNode extensionTerms,
      List<PlainCondition> conditions,
      List<PlainParticipant> participants,
      String negotiationRound,
      List<PlainResponse> responses,
      List<JsonNode> events,
      List<PlainStatement> provenance)
      implements PlainLine {}
}
