package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.lists;

import dev.parley.chronicle.Chronicle;
import dev.parley.record.ChronicleRecord;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of whole chronicles: parties, places and records of every type,
 * with repeated ids and dangling references left as they come (a chronicle accepts imperfect
 * data), shared by the core and json modules' tests.
 */
public final class ChronicleGen {
  private ChronicleGen() {}

  /** One record of any of the seven record types. */
  public static Gen<ChronicleRecord> records() {
    return Generate.oneOf(
        ExchangeGen.agreements().map(r -> (ChronicleRecord) r),
        ExchangeGen.exchanges().map(r -> (ChronicleRecord) r),
        NegotiationGen.rounds().map(r -> (ChronicleRecord) r),
        CeasefireGen.proposals().map(r -> (ChronicleRecord) r),
        TerritoryGen.claims().map(r -> (ChronicleRecord) r),
        TerritoryGen.assessments().map(r -> (ChronicleRecord) r),
        IncidentGen.incidents().map(r -> (ChronicleRecord) r));
  }

  /** Chronicles of up to five parties, five places and eight records of every type. */
  public static Gen<Chronicle> chronicles() {
    return chronicles(r -> true);
  }

  /**
   * Chronicles of up to five parties, five places and eight records, keeping only the records
   * a predicate accepts (such as the record types a format can write).
   *
   * @param keep which generated records to keep
   * @return the generator
   */
  public static Gen<Chronicle> chronicles(Predicate<? super ChronicleRecord> keep) {
    return lists().of(VocabularyGen.parties()).ofSizeBetween(0, 5)
        .zip(lists().of(VocabularyGen.places()).ofSizeBetween(0, 5),
            lists().of(records()).ofSizeBetween(0, 8),
            (parties, places, records) -> Chronicle.builder()
                .addAllParties(parties)
                .addAllPlaces(places)
                .addAllRecords(records.stream().filter(keep).collect(Collectors.toList()))
                .build());
  }
}
