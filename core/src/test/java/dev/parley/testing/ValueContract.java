package dev.parley.testing;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.Scope;
import dev.parley.ceasefire.TimePoint;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import dev.parley.validation.Violation;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks the value contract of a public type with guava-testlib: equals and hashCode agree over
 * groups of equal values, and every public static factory and instance method rejects a null
 * argument with a NullPointerException rather than accepting it.
 */
public final class ValueContract {
  private static final Map<Class<?>, Object> DEFAULTS = new ConcurrentHashMap<>();

  static {
    ZonedDateTime start = ZonedDateTime.of(2025, 5, 16, 12, 0, 0, 0, ZoneId.of("Europe/Kyiv"));
    setDefault(ZonedDateTime.class, start);
    setDefault(URI.class, URI.create("https://example.org/report"));
    setDefault(PartyId.class, PartyId.of("ua"));
    setDefault(PlaceId.class, PlaceId.of("ua:rakivka"));
    setDefault(RecordId.class, RecordId.of("record-1"));
    setDefault(CountryCode.class, CountryCode.of("UA"));
    setDefault(RegionCode.class, RegionCode.parse("UA-63"));
    setDefault(Coordinates.class, Coordinates.of(50.0, 36.0));
    setDefault(ReportedDate.class, ReportedDate.parse("2025-05-16"));
    setDefault(TimeWindow.class, TimeWindow.startingAt(start));
    setDefault(Source.class, Source.of(PartyId.of("ru")));
    setDefault(Statement.class, Statement.of(Source.of(PartyId.of("ru")), Stance.CLAIMS));
    setDefault(Participant.class, Participant.of(PartyId.of("ae"), Role.MEDIATOR));
    setDefault(Estimate.class, Estimate.exact(1));
    setDefault(Violation.class, Violation.of("SAMPLE_RULE", "path", "message"));
    setDefault(TimePoint.class, TimePoint.of(start));
    setDefault(Scope.class, Scope.comprehensive());
    setDefault(
        Condition.class, Condition.precondition(ConditionType.OTHER, PartyId.of("ru"), "text"));
    PartyId ru = PartyId.of("ru");
    PartyId ua = PartyId.of("ua");
    setDefault(ReleaseFigure.class, ReleaseFigure.of(1));
    setDefault(Direction.class, Direction.of(ru, ua, 1));
    setDefault(Quota.class, Quota.of(ru, 1));
    Agreement agreement =
        Agreement.builder()
            .id(RecordId.of("agreement-1"))
            .addSides(ru, ua)
            .agreed(ReportedDate.parse("2025-05-16"))
            .addQuotas(Quota.of(ru, 10), Quota.of(ua, 10))
            .build();
    setDefault(Agreement.class, agreement);
    setDefault(
        dev.parley.exchange.AgreementChain.class,
        dev.parley.exchange.AgreementChain.of(agreement, List.of()));
    setDefault(dev.parley.exchange.QuotaRatio.class, dev.parley.exchange.QuotaRatio.of(3, 1, ua));
    setDefault(
        dev.parley.exchange.AgreementRevision.class,
        dev.parley.exchange.AgreementRevision.of(
            agreement.id(), dev.parley.exchange.RevisionKind.EXTENSION));
    setDefault(
        Exchange.class,
        Exchange.builder()
            .id(RecordId.of("exchange-1"))
            .agreement(agreement.id())
            .date(ReportedDate.parse("2025-05-23"))
            .addDirection(Direction.of(ru, ua, 1))
            .addDirection(Direction.of(ua, ru, 1))
            .status(ExchangeStatus.COMPLETED)
            .build());
    setDefault(java.time.LocalDate.class, java.time.LocalDate.of(2025, 5, 23));
    setDefault(java.math.BigDecimal.class, java.math.BigDecimal.TEN);
    setDefault(dev.parley.territory.Controller.class, dev.parley.territory.Controller.party(ua));
    setDefault(
        dev.parley.incident.CasualtyRevision.class,
        dev.parley.incident.CasualtyRevision.builder()
            .date(ReportedDate.parse("2025-05-23"))
            .killed(Estimate.exact(1))
            .injured(Estimate.exact(8))
            .addSource(Statement.of(Source.of(ua), Stance.CLAIMS))
            .build());
  }

  private ValueContract() {}

  /**
   * Registers the sample instance that null checks pass for parameters of a type.
   *
   * @param type the parameter type
   * @param sample a valid instance
   */
  public static <T> void setDefault(Class<T> type, T sample) {
    DEFAULTS.put(type, sample);
  }

  /**
   * Returns a null-pointer tester that knows a valid sample of every Parley type registered here.
   *
   * @return a new tester
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static NullPointerTester nullTester() {
    NullPointerTester tester = new NullPointerTester();
    DEFAULTS.forEach((type, value) -> tester.setDefault((Class) type, value));
    return tester;
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
    NullPointerTester nulls = nullTester();
    nulls.testAllPublicStaticMethods(type);
    for (List<? extends T> group : groups) {
      nulls.testAllPublicInstanceMethods(group.get(0));
    }
  }
}
