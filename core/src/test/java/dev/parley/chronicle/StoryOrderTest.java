package dev.parley.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.testing.ChronicleGen;
import dev.parley.testing.Laws;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryOrderTest {
  record Note(RecordId id, ReportedDate recordDate) implements ChronicleRecord {
    @Override
    public RecordType recordType() {
      return RecordType.INCIDENT;
    }

    @Override
    public Set<PartyId> referencedParties() {
      return Set.of();
    }

    @Override
    public Set<PlaceId> referencedPlaces() {
      return Set.of();
    }

    @Override
    public Set<RecordId> referencedRecords() {
      return Set.of();
    }
  }

  @Test
  void sortsAsTheComparatorDoes() {
    Laws.qt().forAll(lists().of(ChronicleGen.anyRecords()).ofSizeBetween(0, 60)).checkAssert(records ->
        assertThat(StoryOrder.sort(records)).containsExactlyElementsOf(ImmutableList.sortedCopyOf(StoryOrder.COMPARATOR, records)));
  }

  @Test
  void sameDaysAreOrderedByIdAndLongerOrCoarserDatesLater() {
    Note b = new Note(RecordId.of("b"), ReportedDate.parse("2025-05-23"));
    Note a = new Note(RecordId.of("a"), ReportedDate.parse("2025-05-23"));
    Note week = new Note(RecordId.of("0"), ReportedDate.parse("2025-W21"));
    Note range = new Note(RecordId.of("0"), ReportedDate.parse("2025-05-19/2025-05-25"));
    Note month = new Note(RecordId.of("0"), ReportedDate.parse("2025-05"));
    assertThat(StoryOrder.sort(List.of(b, week, a, month, range)))
        .containsExactly(month, week, range, a, b);
  }

  @Test
  void datesOutsideThePackedRangeFallBackToTheComparator() {
    List<ChronicleRecord> records = new ArrayList<>();
    records.add(new Note(RecordId.of("far"), ReportedDate.ofDay(LocalDate.of(1, 1, 1))));
    records.add(new Note(RecordId.of("near"), ReportedDate.parse("2025-05-23")));
    records.add(new Note(RecordId.of("long"), ReportedDate.between(LocalDate.of(1800, 1, 1), LocalDate.of(2025, 1, 1))));
    assertThat(StoryOrder.sort(records)).containsExactlyElementsOf(ImmutableList.sortedCopyOf(StoryOrder.COMPARATOR, records));
  }
}
