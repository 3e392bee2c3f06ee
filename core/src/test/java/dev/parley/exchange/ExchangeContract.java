package dev.parley.exchange;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.parley.estimate.Estimate;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.util.List;

/**
 * The value contract of the exchange types: equals and hashCode agree over groups of equal values,
 * and every public static and instance method rejects a null argument. Like {@code
 * ValueContract.check}, with sample instances of the exchange and vocabulary types so that
 * methods taking them can be called.
 */
final class ExchangeContract {
  private ExchangeContract() {}

  private static NullPointerTester nulls() {
    NullPointerTester t = new NullPointerTester();
    t.setDefault(PartyId.class, PartyId.of("ua"));
    t.setDefault(PlaceId.class, PlaceId.of("ua:chernihiv-oblast"));
    t.setDefault(RecordId.class, RecordId.of("record-1"));
    t.setDefault(ReportedDate.class, ReportedDate.parse("2025-05-16"));
    t.setDefault(Source.class, Source.of(PartyId.of("ru")));
    t.setDefault(Statement.class, Statement.of(Source.of(PartyId.of("ru")), Stance.CLAIMS));
    t.setDefault(Participant.class, Participant.of(PartyId.of("ae"), Role.MEDIATOR));
    t.setDefault(Estimate.class, Estimate.exact(1));
    t.setDefault(ReleaseFigure.class, SeedExchange.FIRST_FIGURE);
    t.setDefault(Direction.class, Direction.of(SeedExchange.RU, SeedExchange.UA, 1));
    t.setDefault(Quota.class, Quota.of(SeedExchange.RU, 1));
    t.setDefault(Agreement.class, SeedExchange.THOUSAND_FOR_THOUSAND);
    t.setDefault(Exchange.class, SeedExchange.FIRST_TRANCHE);
    return t;
  }

  @SafeVarargs
  static <T> void check(Class<T> type, List<? extends T>... groups) {
    EqualsTester tester = new EqualsTester();
    for (List<? extends T> group : groups) {
      tester.addEqualityGroup(group.toArray());
    }
    tester.testEquals();
    NullPointerTester nulls = nulls();
    nulls.testAllPublicStaticMethods(type);
    for (List<? extends T> group : groups) {
      nulls.testAllPublicInstanceMethods(group.get(0));
    }
  }
}
