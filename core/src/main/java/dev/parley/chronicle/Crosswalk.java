package dev.parley.chronicle;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.incident.Incident;
import dev.parley.incident.WeaponType;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.record.ChronicleRecord;
import dev.parley.territory.TerritorialClaim;
import java.util.List;

/**
 * Maps records to CAMEO event codes and PLOVER event types and modes, so that Parley data can be
 * joined with event datasets. What was promised and what was done stay apart: an announced
 * exchange is CAMEO 0353 and a verbal PLOVER CONCEDE, a completed one CAMEO 0841 and a material
 * PLOVER RETREAT.
 *
 * <pre>{@code
 * Crosswalk.codes(firstTranche);      // [CAMEO 0841 / PLOVER RETREAT (release)]
 * Crosswalk.codes(ceasefireOffer);    // [CAMEO 0356 / PLOVER CONCEDE (ceasefire), responses[0]: ...]
 * }</pre>
 *
 * <p>The full table is in {@code docs/crosswalk.md}. This class is stateless and thread-safe.
 */
public final class Crosswalk {
  private Crosswalk() {}

  /**
   * Returns the event codes of a record: first the record itself (if any code fits), then its
   * parts (responses, their demanded conditions, lifecycle events) in order.
   *
   * @param record the record
   * @return the codes, possibly empty (an assessment, a cancelled exchange, a claim to hold a
   *     place), immutable
   */
  public static List<EventCode> codes(ChronicleRecord record) {
    requireNonNull(record, "record");
    ImmutableList.Builder<EventCode> out = ImmutableList.builder();
    if (record instanceof Agreement) {
      out.add(EventCode.of("", "057", "AGREE", ""));
    } else if (record instanceof Exchange e) {
      e.cameoCode().ifPresent(c ->
          out.add(EventCode.of("", c, e.ploverEventType().orElse(""), e.ploverMode().orElse(""))));
    } else if (record instanceof NegotiationRound n) {
      out.add(EventCode.of("", n.cameoCode(), "CONSULT", ""));
    } else if (record instanceof CeasefireProposal p) {
      proposal(p, out);
    } else if (record instanceof TerritorialClaim t) {
      t.kind().cameoCode().ifPresent(c -> out.add(c.equals("192")
          ? EventCode.of("", c, "COERCE", "seize")
          : EventCode.of("", c, "RETREAT", "withdraw")));
    } else if (record instanceof Incident i) {
      out.add(EventCode.of("", i.cameoCode(), "ASSAULT", i.weapon().map(Crosswalk::assaultMode).orElse("")));
    }
    return out.build();
  }

  private static void proposal(CeasefireProposal p, ImmutableList.Builder<EventCode> out) {
    out.add(p.kind() == ProposalKind.UNILATERAL_DECLARATION
        ? EventCode.of("", p.cameoCode(), "RETREAT", "ceasefire")
        : EventCode.of("", p.cameoCode(), "CONCEDE", "ceasefire"));
    for (int r = 0; r < p.responses().size(); r++) {
      Response response = p.responses().get(r);
      String path = "responses[" + r + "]";
      switch (response.stance()) {
        case ACCEPTED:
        case ACCEPTED_WITH_CONDITIONS:
          out.add(EventCode.of(path, response.stance().cameoCode().orElseThrow(), "AGREE", ""));
          break;
        case REJECTED:
          out.add(EventCode.of(path, response.stance().cameoCode().orElseThrow(), "REJECT", ""));
          break;
        default:
          break;
      }
      for (int c = 0; c < response.conditions().size(); c++) {
        out.add(demand(path + ".conditions[" + c + "]", response.conditions().get(c)));
      }
    }
    for (int c = 0; c < p.conditions().size(); c++) {
      Condition condition = p.conditions().get(c);
      if (!condition.demandedBy().equals(p.proposer())) {
        out.add(demand("conditions[" + c + "]", condition));
      }
    }
    for (int i = 0; i < p.events().size(); i++) {
      LifecycleEvent event = p.events().get(i);
      String path = "events[" + i + "]";
      switch (event.type()) {
        case BREACH_ALLEGED:
          out.add(EventCode.of(path, "196", "ACCUSE", ""));
          break;
        case IN_EFFECT:
          out.add(EventCode.of(path, "0871", "RETREAT", "ceasefire"));
          break;
        default:
          break;
      }
    }
  }

  private static EventCode demand(String path, Condition condition) {
    return condition.type() == ConditionType.PRISONER_RELEASE
        ? EventCode.of(path, "1053", "DEMAND", "release")
        : EventCode.of(path, "100", "DEMAND", "");
  }

  private static String assaultMode(WeaponType weapon) {
    switch (weapon) {
      case MISSILE:
      case DRONE:
      case AERIAL_BOMB:
        return "aerial";
      case EXPLOSIVE_DEVICE:
        return "explosives";
      case SMALL_ARMS:
        return "firearms";
      default:
        return "";
    }
  }

}
