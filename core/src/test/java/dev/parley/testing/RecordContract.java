package dev.parley.testing;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.TimePoint;
import dev.parley.party.PartyId;
import dev.parley.place.PlaceId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The value contract of {@link ValueContract}, for types whose factories and methods take Parley
 * vocabulary (ids, dates, time points) that guava-testlib cannot make samples of by itself: the
 * null-pointer tester is given a valid sample of each.
 */
public final class RecordContract {
  private RecordContract() {}

  /**
   * Returns a null-pointer tester with a sample of each Parley vocabulary type.
   *
   * @return the tester
   */
  public static NullPointerTester nullPointerTester() {
    ZonedDateTime t = ZonedDateTime.of(2025, 5, 16, 12, 0, 0, 0, ZoneId.of("Europe/Istanbul"));
    NullPointerTester nulls = new NullPointerTester();
    nulls.setDefault(PartyId.class, PartyId.of("ua"));
    nulls.setDefault(PlaceId.class, PlaceId.of("istanbul"));
    nulls.setDefault(RecordId.class, RecordId.of("record:1"));
    nulls.setDefault(ReportedDate.class, ReportedDate.ofDay(t.toLocalDate()));
    nulls.setDefault(ZonedDateTime.class, t);
    nulls.setDefault(TimeWindow.class, TimeWindow.startingAt(t));
    nulls.setDefault(TimePoint.class, TimePoint.of(t));
    nulls.setDefault(Scope.class, Scope.comprehensive());
    nulls.setDefault(Condition.class, Condition.precondition(ConditionType.OTHER, PartyId.of("ru"), "text"));
    return nulls;
  }

  /**
   * Checks equals, hashCode and null-hostility.
   *
   * @param type the public type
   * @param groups groups of values; the values in one group are equal, values in different groups
   *     are not
   */
  @SafeVarargs
  public static <T> void check(Class<T> type, List<? extends T>... groups) {
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
