package dev.parley.testing;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.parley.estimate.Estimate;
import dev.parley.incident.CasualtyRevision;
import dev.parley.party.PartyId;
import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.territory.Controller;
import dev.parley.time.ReportedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The value contract of {@link ValueContract}, for types whose factories and methods take
 * several Parley values: a null-pointer tester that knows a valid sample of each vocabulary type,
 * so it can pass null for one argument and a valid value for the others.
 */
public final class Samples {
  private Samples() {}

  /** A null-pointer tester with valid defaults for Parley's vocabulary types. */
  public static NullPointerTester nullPointerTester() {
    LocalDate day = LocalDate.of(2025, 5, 23);
    Statement statement = Statement.of(Source.of(PartyId.of("ua")), Stance.CLAIMS);
    return new NullPointerTester()
        .setDefault(PartyId.class, PartyId.of("ua"))
        .setDefault(PlaceId.class, PlaceId.of("ua:rakivka"))
        .setDefault(RecordId.class, RecordId.of("record:1"))
        .setDefault(CountryCode.class, CountryCode.of("UA"))
        .setDefault(RegionCode.class, RegionCode.parse("UA-63"))
        .setDefault(LocalDate.class, day)
        .setDefault(ZonedDateTime.class, day.atTime(12, 0).atZone(ZoneOffset.UTC))
        .setDefault(ReportedDate.class, ReportedDate.ofDay(day))
        .setDefault(BigDecimal.class, BigDecimal.TEN)
        .setDefault(Estimate.class, Estimate.exact(1))
        .setDefault(Source.class, statement.source())
        .setDefault(Statement.class, statement)
        .setDefault(Controller.class, Controller.party(PartyId.of("ua")))
        .setDefault(CasualtyRevision.class, CasualtyRevision.builder().date(ReportedDate.ofDay(day))
            .killed(Estimate.exact(1)).injured(Estimate.exact(8)).addSource(statement).build());
  }

  /**
   * Checks equals, hashCode and null-hostility, as {@link ValueContract#check} does, with the
   * defaults of {@link #nullPointerTester()}.
   *
   * @param type the public type
   * @param groups groups of values; equal within a group, unequal across groups
   */
  @SafeVarargs
  public static <T> void checkContract(Class<T> type, List<? extends T>... groups) {
    EqualsTester tester = new EqualsTester();
    for (List<? extends T> group : groups) {
      tester.addEqualityGroup(group.toArray());
    }
    tester.testEquals();
    NullPointerTester nulls = nullPointerTester();
    nulls.testAllPublicStaticMethods(type);
    for (List<? extends T> group : groups) {
      nulls.testAllPublicInstanceMethods(group.get(0));
    }
  }
}
