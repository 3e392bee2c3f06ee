package dev.parley.chronicle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionGroup;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.incident.Incident;
import dev.parley.incident.WeaponType;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordType;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.TerritorialClaim;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Maps records to CAMEO event codes and PLOVER event types and modes, so that Parley data can be
 * joined with event datasets. What was promised and what was done stay apart: an announced exchange
 * is CAMEO 0353 and a verbal PLOVER CONCEDE, a completed one CAMEO 0841 and a material PLOVER
 * RETREAT.
 *
 * <pre>{@code
 * Crosswalk.codes(firstTranche);               // [CAMEO 0841 / PLOVER RETREAT (release)]
 * Crosswalk.codes(ceasefireOffer);             // [CAMEO 0356 / PLOVER CONCEDE (ceasefire), responses[0]: ...]
 * Crosswalk.code(ExchangeStatus.ANNOUNCED);    // Optional[CAMEO 0353 / PLOVER CONCEDE (release)]
 * }</pre>
 *
 * <p>The codes live in one table, {@link #table()}, keyed by Parley's enums: the record type for
 * agreements, talks, truces and incidents with no weapon reported, and otherwise the value that
 * decides the code (an exchange's status, a proposal's kind, a response's stance, a condition's
 * type, a lifecycle event's type, a claim's kind, an incident's weapon). The table is printed in
 * {@code docs/crosswalk.md}. This class is stateless and thread-safe.
 */
public final class Crosswalk {
  private static final ImmutableMap<Enum<?>, EventCode> TABLE =
      ImmutableMap.<Enum<?>, EventCode>builder()
          .put(RecordType.AGREEMENT, code("057", "AGREE", ""))
          .put(ExchangeStatus.COMPLETED, code("0841", "RETREAT", "release"))
          .put(ExchangeStatus.ANNOUNCED, code("0353", "CONCEDE", "release"))
          .put(ExchangeStatus.POSTPONED, code("0353", "CONCEDE", "release"))
          .put(RecordType.NEGOTIATION_ROUND, code("046", "CONSULT", ""))
          .put(ProposalKind.PROPOSAL, code("0356", "CONCEDE", "ceasefire"))
          .put(ProposalKind.UNILATERAL_DECLARATION, code("0871", "RETREAT", "ceasefire"))
          .put(ResponseStance.ACCEPTED, code("0356", "AGREE", ""))
          .put(ResponseStance.ACCEPTED_WITH_CONDITIONS, code("0356", "AGREE", ""))
          .put(ResponseStance.REJECTED, code("1246", "REJECT", ""))
          .put(ConditionType.TERRITORIAL_CONCESSION, code("100", "DEMAND", ""))
          .put(ConditionType.DISARMAMENT, code("100", "DEMAND", ""))
          .put(ConditionType.NEUTRALITY, code("100", "DEMAND", ""))
          .put(ConditionType.SANCTIONS_RELIEF, code("100", "DEMAND", ""))
          .put(ConditionType.ELECTIONS, code("100", "DEMAND", ""))
          .put(ConditionType.MONITORING, code("100", "DEMAND", ""))
          .put(ConditionType.PRISONER_RELEASE, code("1053", "DEMAND", "release"))
          .put(ConditionType.WITHDRAWAL, code("100", "DEMAND", ""))
          .put(ConditionType.RECIPROCITY, code("100", "DEMAND", ""))
          .put(ConditionType.OTHER, code("100", "DEMAND", ""))
          .put(LifecycleEventType.IN_EFFECT, code("0871", "RETREAT", "ceasefire"))
          .put(LifecycleEventType.BREACH_ALLEGED, code("196", "ACCUSE", ""))
          .put(ClaimKind.CAPTURED, code("192", "COERCE", "seize"))
          .put(ClaimKind.ANNEXED, code("192", "COERCE", "seize"))
          .put(ClaimKind.LIBERATED, code("192", "COERCE", "seize"))
          .put(ClaimKind.LOST, code("0874", "RETREAT", "withdraw"))
          .put(ClaimKind.WITHDREW, code("0874", "RETREAT", "withdraw"))
          .put(WeaponType.MISSILE, code("195", "ASSAULT", "aerial"))
          .put(WeaponType.DRONE, code("195", "ASSAULT", "aerial"))
          .put(WeaponType.AERIAL_BOMB, code("195", "ASSAULT", "aerial"))
          .put(WeaponType.ARTILLERY, code("194", "ASSAULT", ""))
          .put(WeaponType.SMALL_ARMS, code("193", "ASSAULT", "firearms"))
          .put(WeaponType.EXPLOSIVE_DEVICE, code("190", "ASSAULT", "explosives"))
          .put(WeaponType.OTHER, code("190", "ASSAULT", ""))
          .put(RecordType.INCIDENT, code("190", "ASSAULT", ""))
          .put(RecordType.TRUCE, code("0871", "RETREAT", "ceasefire"))
          .build();

  private Crosswalk() {}

  private static EventCode code(String cameo, String ploverType, String ploverMode) {
    return EventCode.of("", cameo, ploverType, ploverMode);
  }

  /**
   * Returns the crosswalk table: the event code of every enum value that has one. Values that are
   * not keys (a cancelled exchange, a claim to hold a place, an assessment, a counter-proposal)
   * have no code.
   *
   * @return the table, in the order of {@code docs/crosswalk.md}, immutable
   */
  public static Map<Enum<?>, EventCode> table() {
    return TABLE;
  }

  /**
   * Returns the event code of one key of the table, with an empty path.
   *
   * @param key a {@link RecordType}, {@link ExchangeStatus}, {@link ProposalKind}, {@link
   *     ResponseStance}, {@link ConditionType}, {@link LifecycleEventType}, {@link ClaimKind} or
   *     {@link WeaponType}
   * @return the code, or empty when the key has none
   */
  public static Optional<EventCode> code(Enum<?> key) {
    return Optional.ofNullable(TABLE.get(requireNonNull(key, "key")));
  }

  /**
   * Returns the event codes of a record: first the record itself (if any code fits), then its parts
   * (responses, their demanded conditions, lifecycle events) in order.
   *
   * @param record the record
   * @return the codes, possibly empty (an assessment, a cancelled exchange, a claim to hold a
   *     place), immutable
   */
  public static List<EventCode> codes(ChronicleRecord record) {
    requireNonNull(record, "record");
    ImmutableList.Builder<EventCode> out = ImmutableList.builder();
    Enum<?> own =
        switch (record.recordType()) {
          case AGREEMENT, NEGOTIATION_ROUND, ASSESSMENT, TRUCE -> record.recordType();
          case EXCHANGE -> ((Exchange) record).status();
          case CEASEFIRE_PROPOSAL -> ((CeasefireProposal) record).kind();
          case TERRITORIAL_CLAIM -> ((TerritorialClaim) record).kind();
          case INCIDENT ->
              ((Incident) record).weapon().<Enum<?>>map(w -> w).orElse(RecordType.INCIDENT);
        };
    add(out, "", own);
    if (record instanceof CeasefireProposal p) {
      parts(p, out);
    }
    return out.build();
  }

  private static void add(ImmutableList.Builder<EventCode> out, String path, Enum<?> key) {
    EventCode c = TABLE.get(key);
    if (c != null) {
      out.add(
          path.isEmpty()
              ? c
              : EventCode.of(
                  path, c.cameo(), c.ploverType().orElse(""), c.ploverMode().orElse("")));
    }
  }

  /**
   * Codes the conditions of alternative groups, leaving out those a proposer demands of its own
   * proposal when {@code proposal} is given.
   */
  private static void alternatives(
      ImmutableList.Builder<EventCode> out,
      String prefix,
      List<ConditionGroup> groups,
      @Nullable CeasefireProposal proposal) {
    for (int g = 0; g < groups.size(); g++) {
      List<Condition> conditions = groups.get(g).conditions();
      for (int c = 0; c < conditions.size(); c++) {
        Condition condition = conditions.get(c);
        if (proposal == null || !proposal.proposers().contains(condition.demandedBy())) {
          add(out, prefix + "alternatives[" + g + "].conditions[" + c + "]", condition.type());
        }
      }
    }
  }

  private static void parts(CeasefireProposal p, ImmutableList.Builder<EventCode> out) {
    for (int r = 0; r < p.responses().size(); r++) {
      Response response = p.responses().get(r);
      String path = "responses[" + r + "]";
      add(out, path, response.stance());
      for (int c = 0; c < response.conditions().size(); c++) {
        add(out, path + ".conditions[" + c + "]", response.conditions().get(c).type());
      }
      alternatives(out, path + ".", response.alternatives(), null);
    }
    for (int c = 0; c < p.conditions().size(); c++) {
      Condition condition = p.conditions().get(c);
      if (!p.proposers().contains(condition.demandedBy())) {
        add(out, "conditions[" + c + "]", condition.type());
      }
    }
    alternatives(out, "", p.alternatives(), p);
    for (int i = 0; i < p.events().size(); i++) {
      add(out, "events[" + i + "]", p.events().get(i).type());
    }
  }
}
