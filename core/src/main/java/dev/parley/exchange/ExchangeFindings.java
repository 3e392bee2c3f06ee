package dev.parley.exchange;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.parley.estimate.Estimate;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.record.RecordId;
import dev.parley.validation.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that span an agreement and its tranches, reported as findings rather than thrown.
 *
 * <pre>{@code
 * List<Finding> findings = ExchangeFindings.checkAgreement(thousandForThousand, exchanges);
 * findings.stream().filter(Finding::isError).forEach(System.err::println);
 * }</pre>
 *
 * <p>Paths start with the id of the record concerned. Findings come in a stable order whatever the
 * order of the exchanges. This class has no instances; its functions are pure and thread-safe. Its
 * validation rules are listed in {@code docs/validation-rules.md}.
 */
public final class ExchangeFindings {
  private ExchangeFindings() {}

  /**
   * Checks an agreement and the exchanges meant as its tranches.
   *
   * @param agreement the agreement
   * @param exchanges the exchanges that should be its tranches, in any order
   * @return the findings, errors and warnings, immutable, empty if all is well
   */
  public static List<Finding> checkAgreement(Agreement agreement, Collection<Exchange> exchanges) {
    requireNonNull(agreement, "agreement");
    requireNonNull(exchanges, "exchanges");
    List<Exchange> tranches = new ArrayList<>();
    List<Finding> out = new ArrayList<>();
    List<Exchange> sorted = new ArrayList<>(exchanges);
    sorted.sort(Comparator.comparing(Exchange::date).thenComparing(Exchange::id));
    for (Exchange e : sorted) {
      if (e.agreement().equals(Optional.of(agreement.id()))) {
        tranches.add(e);
      } else {
        out.add(
            Finding.error(
                "EXCHANGE_AGREEMENT_MISMATCH",
                e.id() + ".agreement",
                String.format(
                    "%s is checked as a tranche of %s but names %s",
                    e.id(),
                    agreement.id(),
                    e.agreement().map(Object::toString).orElse("no agreement"))));
      }
    }
    for (Exchange e : tranches) {
      checkTranche(agreement, e, out);
    }
    checkNumbers(tranches, out);
    checkQuotas(agreement, tranches, out);
    checkReportedTotals(agreement, tranches, out);
    return ImmutableList.copyOf(out);
  }

  /**
   * Checks every agreement against the exchanges that name it, as a chronicle does. Exchanges that
   * name no agreement, or one not among {@code agreements}, are left to the chronicle's reference
   * checks.
   *
   * @param agreements the agreements, in any order
   * @param exchanges the exchanges, in any order
   * @return the findings of {@link #checkAgreement(Agreement, Collection)} for each agreement, in
   *     the order of {@code agreements}, immutable
   */
  public static List<Finding> checkAll(
      Collection<Agreement> agreements, Collection<Exchange> exchanges) {
    requireNonNull(agreements, "agreements");
    requireNonNull(exchanges, "exchanges");
    Map<RecordId, List<Exchange>> byAgreement = new HashMap<>();
    for (Exchange e : exchanges) {
      if (e.agreement().isPresent()) {
        List<Exchange> named = byAgreement.get(e.agreement().get());
        if (named == null) {
          named = new ArrayList<>();
          byAgreement.put(e.agreement().get(), named);
        }
        named.add(e);
      }
    }
    ImmutableList.Builder<Finding> out = ImmutableList.builder();
    for (Agreement a : agreements) {
      out.addAll(checkAgreement(a, byAgreement.getOrDefault(a.id(), List.of())));
    }
    return out.build();
  }

  private static void checkTranche(Agreement a, Exchange e, List<Finding> out) {
    if (e.date().isBefore(a.agreed())) {
      out.add(
          Finding.error(
              "EXCHANGE_TRANCHE_BEFORE_AGREEMENT",
              e.id() + ".date",
              String.format(
                  "%s is dated %s, before its agreement %s of %s",
                  e.id(), e.date(), a.id(), a.agreed())));
    }
    if (e.isCompleted() && a.target().isPresent() && e.date().isAfter(a.target().get())) {
      out.add(
          Finding.warning(
              "EXCHANGE_TRANCHE_AFTER_TARGET",
              e.id() + ".date",
              String.format(
                  "%s is dated %s, after the target period %s of %s",
                  e.id(), e.date(), a.target().get(), a.id())));
    }
    if (e.isCompleted()
        && a.target().isPresent()
        && e.date().isBefore(a.target().get())
        && !e.date().isBefore(a.agreed())) {
      out.add(
          Finding.warning(
              "EXCHANGE_TRANCHE_BEFORE_TARGET",
              e.id() + ".date",
              String.format(
                  "%s is dated %s, before the target period %s of %s",
                  e.id(), e.date(), a.target().get(), a.id())));
    }
    if (e.isCompleted()
        && a.implementationStart().isPresent()
        && e.date().isBefore(a.implementationStart().get())) {
      out.add(
          Finding.warning(
              "EXCHANGE_TRANCHE_BEFORE_IMPLEMENTATION",
              e.id() + ".date",
              String.format(
                  "%s is dated %s, before %s is carried out from %s",
                  e.id(), e.date(), a.id(), a.implementationStart().get())));
    }
    for (int i = 0; i < e.directions().size(); i++) {
      Direction d = e.directions().get(i);
      // The releasing party is a side; so is a receiving party, unless the direction says it is a
      // home state receiving its own nationals. A release into a territory has no receiving party.
      List<PartyId> mustBeSides =
          d.receiving().isEmpty() || d.receiverRole() != Role.SIDE
              ? List.of(d.releasing())
              : List.of(d.releasing(), d.receiving().get());
      for (PartyId p : mustBeSides) {
        if (!a.sides().contains(p)) {
          out.add(
              Finding.error(
                  "EXCHANGE_DIRECTION_NOT_IN_AGREEMENT",
                  e.id() + ".directions[" + i + "]",
                  String.format(
                      "%s is not a side of %s, whose sides are %s", p, a.id(), a.sides())));
        }
      }
    }
    if (a.parity() && e.isCompleted()) {
      Map<PartyId, Estimate> released = new LinkedHashMap<>();
      for (PartyId side : a.sides()) {
        released.put(side, e.releasedTowardQuota(side));
      }
      if (certainlyUnequal(released.values())) {
        out.add(
            Finding.warning(
                "EXCHANGE_PARITY_IMBALANCE",
                e.id() + ".directions",
                String.format(
                    "%s released %s under %s, which promised parity", e.id(), released, a.id())));
      }
    }
  }

  private static boolean certainlyUnequal(Collection<Estimate> estimates) {
    long maxLow = Long.MIN_VALUE;
    long minHigh = Long.MAX_VALUE;
    for (Estimate e : estimates) {
      if (!e.isKnown()) {
        return false;
      }
      maxLow = Math.max(maxLow, e.lowerBound());
      minHigh = Math.min(minHigh, e.high().orElse(Long.MAX_VALUE));
    }
    return maxLow > minHigh;
  }

  private static void checkNumbers(List<Exchange> byDate, List<Finding> out) {
    Map<Integer, Exchange> byNumber = new HashMap<>();
    List<Exchange> numbered = new ArrayList<>();
    for (Exchange e : byDate) {
      if (e.trancheNumber().isEmpty() || e.status() == ExchangeStatus.CANCELLED) {
        continue;
      }
      int n = e.trancheNumber().getAsInt();
      Exchange earlier = byNumber.putIfAbsent(n, e);
      if (earlier != null) {
        out.add(
            Finding.error(
                "EXCHANGE_TRANCHE_NUMBER_DUPLICATE",
                e.id() + ".trancheNumber",
                String.format(
                    "%s and %s are both tranche %s of %s",
                    earlier.id(), e.id(), n, e.agreement().get())));
      } else {
        numbered.add(e);
      }
    }
    for (Exchange later : numbered) {
      for (Exchange earlier : numbered) {
        if (earlier.trancheNumber().getAsInt() < later.trancheNumber().getAsInt()
            && later.date().isBefore(earlier.date())) {
          out.add(
              Finding.error(
                  "EXCHANGE_TRANCHE_NUMBER_ORDER",
                  later.id() + ".trancheNumber",
                  String.format(
                      "tranche %s (%s, %s) is dated before tranche %s (%s, %s)",
                      later.trancheNumber().getAsInt(),
                      later.id(),
                      later.date(),
                      earlier.trancheNumber().getAsInt(),
                      earlier.id(),
                      earlier.date())));
          break;
        }
      }
    }
  }

  /**
   * A reported cumulative total is compared with the fulfilment computed as of the last day of its
   * date: they disagree when their ranges do not meet (the computed figure is a range while a
   * tranche's span covers that day).
   */
  private static void checkReportedTotals(Agreement a, List<Exchange> tranches, List<Finding> out) {
    for (int i = 0; i < a.reportedTotals().size(); i++) {
      ReportedTotal r = a.reportedTotals().get(i);
      Fulfilment f = Fulfilment.of(a, tranches, r.asOf().end());
      Estimate computed =
          r.category().isPresent()
              ? f.released(r.releasing(), r.category().get())
              : f.released(r.releasing());
      if (!overlap(computed, r.total())) {
        out.add(
            Finding.warning(
                "EXCHANGE_REPORTED_TOTAL_DISAGREES",
                a.id() + ".reportedTotals[" + i + "]",
                String.format(
                    "%s reported %s released by %s%s as of %s; the recorded tranches give %s",
                    r.sources().get(0).source(),
                    r.total(),
                    r.releasing(),
                    r.category().map(c -> " (" + c + ")").orElse(""),
                    r.asOf(),
                    computed)));
      }
    }
  }

  /** Whether two known estimates can be the same number. */
  private static boolean overlap(Estimate x, Estimate y) {
    long xHigh = x.high().orElse(Long.MAX_VALUE);
    long yHigh = y.high().orElse(Long.MAX_VALUE);
    return x.lowerBound() <= yHigh && y.lowerBound() <= xHigh;
  }

  private static void checkQuotas(Agreement a, List<Exchange> tranches, List<Finding> out) {
    Fulfilment f = Fulfilment.of(a, tranches);
    for (int i = 0; i < f.quotas().size(); i++) {
      QuotaProgress p = f.quotas().get(i);
      String at = a.id() + ".quotas[" + i + "]";
      if (p.isOverFulfilled()) {
        out.add(
            Finding.warning(
                "EXCHANGE_QUOTA_OVERFULFILLED",
                at,
                String.format(
                    "%s released %s against a quota of %s, %s over",
                    p.quota().releasing(),
                    p.released(),
                    p.due().get(),
                    p.overFulfilment().getAsLong())));
      }
      if (!p.isNumeric() && !f.tranches().isEmpty()) {
        out.add(
            Finding.warning(
                "EXCHANGE_QUOTA_NOT_NUMERIC",
                at,
                String.format(
                    "the quota \"%s\" of %s is a whole category and cannot be checked numerically; released so far: %s",
                    p.quota().description().orElse("all"), p.quota().releasing(), p.released())));
      }
    }
  }
}
