package dev.parley.json;

import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.PlaceId;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.LocalDate;

/** The agreement and the first tranche of the seed report, as the golden files hold them. */
final class ExchangeSeed {
  private ExchangeSeed() {}

  static final PartyId RU = PartyId.of("ru");
  static final PartyId UA = PartyId.of("ua");
  static final LocalDate FRIDAY = LocalDate.of(2025, 5, 23);
  static final LocalDate TALKS_DAY = LocalDate.of(2025, 5, 16);

  /** "The Russian defense ministry stated that Friday's exchange included 270 military personnel and 120 civilians." */
  static final Source RUSSIAN_MOD = Source.builder()
      .speaker(RU).organ("Ministry of Defence").published(ReportedDate.ofDay(FRIDAY)).build();
  /** "Zelensky confirmed the figures." */
  static final Source ZELENSKY_STATEMENT = Source.builder()
      .speaker(PartyId.of("ua:zelensky")).published(ReportedDate.ofDay(FRIDAY)).build();

  /** The agreement to swap 1,000 prisoners each, reached at the Istanbul talks. */
  static final Agreement THOUSAND_FOR_THOUSAND = Agreement.builder()
      .id(RecordId.of("agreement:2025-05-16-1000-for-1000"))
      .addSides(RU, UA)
      .agreed(ReportedDate.ofDay(TALKS_DAY))
      .venue(PlaceId.of("tr:istanbul"))
      .negotiationRound(RecordId.of("talks:2025-05-16-istanbul"))
      .addQuotas(Quota.of(RU, 1000), Quota.of(UA, 1000))
      .parity(true)
      .target(ReportedDate.between(FRIDAY, FRIDAY.plusDays(2)))
      .build();

  /** 390 released, 270 military and 120 civilians: stated by Russia, confirmed by Zelensky. */
  static final ReleaseFigure FIRST_TRANCHE_FIGURE = ReleaseFigure.builder()
      .total(Estimate.exact(390))
      .putBreakdown(ReleaseCategory.MILITARY, 270L)
      .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
      .addStatement(Statement.of(RUSSIAN_MOD, Stance.CLAIMS))
      .addStatement(Statement.of(ZELENSKY_STATEMENT, Stance.CONFIRMS))
      .build();

  /** Friday's first tranche, 390 for 390; freed Russians were taken to Belarus; Trump commented. */
  static final Exchange FIRST_TRANCHE = Exchange.builder()
      .id(RecordId.of("exchange:2025-05-23"))
      .agreement(THOUSAND_FOR_THOUSAND.id())
      .date(ReportedDate.ofDay(FRIDAY))
      .trancheNumber(1)
      .addDirection(Direction.of(RU, UA, FIRST_TRANCHE_FIGURE))
      .addDirection(Direction.of(UA, RU, FIRST_TRANCHE_FIGURE))
      .addParticipant(Participant.of(PartyId.of("by"), Role.TRANSIT))
      .addParticipant(Participant.of(PartyId.of("us:trump"), Role.COMMENTATOR))
      .venue(PlaceId.of("ua:chernihiv-oblast"))
      .status(ExchangeStatus.COMPLETED)
      .build();
}
