package dev.parley.chronicle;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import dev.parley.ceasefire.CeasefireFindings;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceFindings;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeFindings;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import dev.parley.territory.TerritoryFindings;
import dev.parley.validation.Finding;
import dev.parley.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks of a whole chronicle: identity, references, and each area's cross-record rules. */
final class ChronicleRules {
  static final String DUPLICATE_ID = "CHRONICLE_DUPLICATE_ID";
  static final String DANGLING_PARTY = "CHRONICLE_DANGLING_PARTY";
  static final String DANGLING_PLACE = "CHRONICLE_DANGLING_PLACE";
  static final String DANGLING_RECORD = "CHRONICLE_DANGLING_RECORD";

  private ChronicleRules() {}

  static ValidationReport check(Chronicle c) {
    List<Finding> findings = new ArrayList<>();
    // Most chronicles have no duplicate ids: counting is needed only when the lookups lost entries.
    if (c.partyIndex().size() != c.parties().size()) {
      duplicates(
          findings, "party", c.parties().stream().map(Party::id).map(PartyId::value).toList());
    }
    if (c.placeIndex().size() != c.places().size()) {
      duplicates(
          findings, "place", c.places().stream().map(Place::id).map(PlaceId::value).toList());
    }
    if (c.recordIndex().size() != c.records().size()) {
      duplicates(
          findings,
          "record",
          c.records().stream().map(ChronicleRecord::id).map(RecordId::value).toList());
    }
    for (Party p : c.partyIndex().values()) {
      p.actingFor()
          .ifPresent(
              a -> {
                if (!c.partyIndex().containsKey(a)) {
                  findings.add(
                      Finding.error(
                          DANGLING_PARTY,
                          p.id() + ".actingFor",
                          "party "
                              + p.id()
                              + " acts for "
                              + a
                              + ", which is not in the chronicle"));
                }
              });
    }
    for (ChronicleRecord r : c.recordIndex().values()) {
      for (PartyId p : r.referencedParties()) {
        if (!c.partyIndex().containsKey(p)) {
          findings.add(
              Finding.error(
                  DANGLING_PARTY,
                  r.id().value(),
                  r.recordType().token()
                      + " "
                      + r.id()
                      + " refers to party "
                      + p
                      + ", which is not in the chronicle"));
        }
      }
      for (PlaceId p : r.referencedPlaces()) {
        if (!c.placeIndex().containsKey(p)) {
          findings.add(
              Finding.error(
                  DANGLING_PLACE,
                  r.id().value(),
                  r.recordType().token()
                      + " "
                      + r.id()
                      + " refers to place "
                      + p
                      + ", which is not in the chronicle"));
        }
      }
      for (RecordId ref : r.referencedRecords()) {
        if (!c.recordIndex().containsKey(ref)) {
          findings.add(
              Finding.error(
                  DANGLING_RECORD,
                  r.id().value(),
                  r.recordType().token()
                      + " "
                      + r.id()
                      + " refers to record "
                      + ref
                      + ", which is not in the chronicle"));
        }
      }
    }
    findings.addAll(ExchangeFindings.checkAll(c.latest(Agreement.class), c.latest(Exchange.class)));
    TruceLinks.check(c, findings);
    findings.addAll(CeasefireFindings.checkAll(c.latest(CeasefireProposal.class)));
    List<Truce> truces = c.latest(Truce.class);
    if (!truces.isEmpty()) {
      Map<RecordId, RecordType> types = new HashMap<>();
      c.recordIndex().forEach((id, r) -> types.put(id, r.recordType()));
      for (Truce t : truces) {
        findings.addAll(TruceFindings.checkLinks(t, types));
      }
    }
    // in id order, so that which of two conflicting claims is reported does not depend on the
    // order the records were added in
    findings.addAll(
        TerritoryFindings.checkAll(
            byId(c.latest(TerritorialClaim.class)), byId(c.latest(Assessment.class))));
    return ValidationReport.of(findings);
  }

  private static <T extends ChronicleRecord> List<T> byId(List<T> records) {
    List<T> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(ChronicleRecord::id));
    return sorted;
  }

  private static void duplicates(List<Finding> findings, String kind, List<String> ids) {
    Multiset<String> counts = HashMultiset.create(ids);
    for (Multiset.Entry<String> e : counts.entrySet()) {
      if (e.getCount() > 1) {
        findings.add(
            Finding.error(
                DUPLICATE_ID,
                e.getElement(),
                e.getCount()
                    + " "
                    + kind
                    + " entries share the id "
                    + e.getElement()
                    + "; lookups see the last one added"));
      }
    }
  }
}
