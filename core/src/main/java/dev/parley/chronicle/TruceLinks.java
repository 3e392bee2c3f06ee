package dev.parley.chronicle;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.LifecycleEvent;
import dev.parley.ceasefire.LifecycleEventType;
import dev.parley.ceasefire.TimePoint;
import dev.parley.ceasefire.Truce;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.AgreementChains;
import dev.parley.exchange.AgreementRevision;
import dev.parley.exchange.Exchange;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.validation.Finding;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The links between agreements (extensions and amendments) and between exchange agreements and the
 * truces they belong to, checked across the chronicle. A link that resolves to nothing is a {@code
 * CHRONICLE_DANGLING_RECORD}, found by the reference checks; the rules here judge links that do
 * resolve.
 */
final class TruceLinks {
  private TruceLinks() {}

  /**
   * Returns the first day of a ceasefire-like record, or empty when the record is not
   * ceasefire-like. This is the one place that decides which record types a truce link may point
   * to: a new kind of truce is accepted by adding its case here.
   *
   * <p>For a ceasefire proposal or declaration the first day is the day it first went into effect,
   * else its proposed start, else the day it was made; an instant is read on its own date in its
   * own zone.
   */
  static Optional<LocalDate> truceStart(ChronicleRecord record) {
    if (record instanceof CeasefireProposal p) {
      for (LifecycleEvent e : p.events()) {
        if (e.type() == LifecycleEventType.IN_EFFECT) {
          return Optional.of(firstDay(e.time()));
        }
      }
      return Optional.of(p.proposedStart().map(TruceLinks::firstDay).orElse(p.date().start()));
    }
    if (record instanceof Truce t) {
      // the day it entered into force, in the truce's own zone
      return Optional.of(t.inForce().toLocalDate());
    }
    return Optional.empty();
  }

  private static LocalDate firstDay(TimePoint t) {
    return t.dateTime().map(d -> d.toLocalDate()).orElseGet(() -> t.date().get().start());
  }

  static void check(Chronicle c, List<Finding> out) {
    Map<RecordId, ChronicleRecord> records = c.recordIndex();
    List<Agreement> agreements = c.latest(Agreement.class);
    // Most chronicles have no links: the chains and the tranches are walked only when some exist.
    boolean revisions = false;
    boolean truces = false;
    for (Agreement a : agreements) {
      revisions |= a.revises().isPresent();
      truces |= a.truce().isPresent();
      if (a.revises().isPresent()) {
        checkRevision(a, a.revises().get(), records.get(a.revises().get().agreement()), out);
      }
      if (a.truce().isPresent()) {
        ChronicleRecord truce = records.get(a.truce().get());
        if (truce != null && truceStart(truce).isEmpty()) {
          out.add(
              Finding.error(
                  "EXCHANGE_TRUCE_NOT_CEASEFIRE",
                  a.id() + ".truce",
                  String.format(
                      "agreement %s names %s as its truce, but that is a %s, not a ceasefire",
                      a.id(), truce.id(), truce.recordType().token())));
        }
      }
    }
    for (RecordId id :
        revisions ? AgreementChains.of(agreements).inCycles() : List.<RecordId>of()) {
      out.add(
          Finding.error(
              "EXCHANGE_REVISION_CYCLE",
              id + ".revises.agreement",
              String.format(
                  "agreement %s extends or amends, through its chain, itself again", id)));
    }
    Map<RecordId, ChronicleRecord> namedByTruce = new HashMap<>();
    // in id order, so that which of two ceasefires naming one agreement counts does not depend on
    // the order the records were added in
    List<CeasefireProposal> ceasefires = new java.util.ArrayList<>();
    for (CeasefireProposal p : c.latest(CeasefireProposal.class)) {
      if (!p.exchangeAgreements().isEmpty()) {
        ceasefires.add(p);
      }
    }
    ceasefires.sort(java.util.Comparator.comparing(CeasefireProposal::id));
    for (CeasefireProposal p : ceasefires) {
      for (int i = 0; i < p.exchangeAgreements().size(); i++) {
        RecordId ref = p.exchangeAgreements().get(i);
        ChronicleRecord named = records.get(ref);
        if (named == null) {
          continue;
        }
        if (named instanceof Agreement) {
          namedByTruce.putIfAbsent(ref, p);
        } else {
          out.add(
              Finding.error(
                  "CEASEFIRE_EXCHANGE_AGREEMENT_NOT_AGREEMENT",
                  p.id() + ".exchangeAgreements[" + i + "]",
                  String.format(
                      "ceasefire %s names %s as an exchange agreement, but that is a %s",
                      p.id(), ref, named.recordType().token())));
        }
      }
    }
    if (!truces && namedByTruce.isEmpty()) {
      return;
    }
    for (Exchange e : c.latest(Exchange.class)) {
      if (!e.isCompleted() || e.agreement().isEmpty()) {
        continue;
      }
      Optional<ChronicleRecord> truce = truceOf(e.agreement().get(), records, namedByTruce);
      if (truce.isEmpty()) {
        continue;
      }
      Optional<LocalDate> start = truceStart(truce.get());
      if (start.isPresent() && e.date().end().isBefore(start.get())) {
        out.add(
            Finding.warning(
                "EXCHANGE_TRANCHE_BEFORE_TRUCE",
                e.id() + ".date",
                String.format(
                    "%s is dated %s, before the truce %s it belongs to began on %s",
                    e.id(), e.date(), truce.get().id(), start.get())));
      }
    }
  }

  private static void checkRevision(
      Agreement a, AgreementRevision link, ChronicleRecord revised, List<Finding> out) {
    if (revised == null) {
      return;
    }
    if (!(revised instanceof Agreement r)) {
      out.add(
          Finding.error(
              "EXCHANGE_REVISION_NOT_AGREEMENT",
              a.id() + ".revises.agreement",
              String.format(
                  "agreement %s is an %s of %s, which is a %s, not an agreement",
                  a.id(),
                  link.kind().name().toLowerCase(java.util.Locale.ROOT),
                  revised.id(),
                  revised.recordType().token())));
      return;
    }
    if (a.agreed().isBefore(r.agreed())) {
      out.add(
          Finding.error(
              "EXCHANGE_REVISION_BEFORE_REVISED",
              a.id() + ".agreed",
              String.format(
                  "agreement %s (%s) is dated %s, before the agreement %s it revises, of %s",
                  a.id(), link.kind(), a.agreed(), r.id(), r.agreed())));
    }
  }

  /**
   * The truce an agreement belongs to: the one it names, else a ceasefire that names it, else that
   * of the agreement it extends or amends, and so on up its chain.
   */
  private static Optional<ChronicleRecord> truceOf(
      RecordId agreement,
      Map<RecordId, ChronicleRecord> records,
      Map<RecordId, ChronicleRecord> namedByTruce) {
    Set<RecordId> seen = new HashSet<>();
    RecordId current = agreement;
    while (current != null && seen.add(current)) {
      if (!(records.get(current) instanceof Agreement a)) {
        return Optional.empty();
      }
      if (a.truce().isPresent()) {
        return Optional.ofNullable(records.get(a.truce().get()));
      }
      ChronicleRecord naming = namedByTruce.get(current);
      if (naming != null) {
        return Optional.of(naming);
      }
      current = a.revises().map(AgreementRevision::agreement).orElse(null);
    }
    return Optional.empty();
  }
}
