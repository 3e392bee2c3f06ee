package dev.parley.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import dev.parley.incident.Casualties;
import dev.parley.incident.Incident;
import dev.parley.incident.TargetType;
import dev.parley.place.PlaceId;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.testing.ChronicleGen;
import dev.parley.testing.Laws;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryOrderTest {
  /** An incident with an id and a date, standing in for any record type. */
  private static Incident note(String id, ReportedDate date) {
    return Incident.builder()
        .id(RecordId.of(id))
        .date(date)
        .place(PlaceId.of("p"))
        .target(TargetType.RESIDENTIAL)
        .casualties(Casualties.unreported())
        .build();
  }

  @Test
  void sortsAsTheComparatorDoes() {
    Laws.qt()
        .forAll(lists().of(ChronicleGen.anyRecords()).ofSizeBetween(0, 60))
        .checkAssert(
            records ->
                assertThat(StoryOrder.sort(records))
                    .containsExactlyElementsOf(
                        ImmutableList.sortedCopyOf(StoryOrder.COMPARATOR, records)));
  }

  @Test
  void sameDaysAreOrderedByIdAndLongerOrCoarserDatesLater() {
    Incident b = note("b", ReportedDate.parse("2025-05-23"));
    Incident a = note("a", ReportedDate.parse("2025-05-23"));
    Incident week = note("0", ReportedDate.parse("2025-W21"));
    Incident range = note("0", ReportedDate.parse("2025-05-19/2025-05-25"));
    Incident month = note("0", ReportedDate.parse("2025-05"));
    assertThat(StoryOrder.sort(List.of(b, week, a, month, range)))
        .containsExactly(month, week, range, a, b);
  }

  @Test
  void datesOutsideThePackedRangeFallBackToTheComparator() {
    List<ChronicleRecord> records = new ArrayList<>();
    records.add(note("far", ReportedDate.ofDay(LocalDate.of(1, 1, 1))));
    records.add(note("near", ReportedDate.parse("2025-05-23")));
    records.add(
        note("long", ReportedDate.between(LocalDate.of(1800, 1, 1), LocalDate.of(2025, 1, 1))));
    assertThat(StoryOrder.sort(records))
        .containsExactlyElementsOf(ImmutableList.sortedCopyOf(StoryOrder.COMPARATOR, records));
  }
}
