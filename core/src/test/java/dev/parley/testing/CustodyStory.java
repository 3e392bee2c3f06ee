package dev.parley.testing;

import dev.parley.estimate.Estimate;
import dev.parley.exchange.Custody;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.NotableRelease;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;

/**
 * The exchange of 21 September 2022, mediated by Turkiye and Saudi Arabia: Russia released 215
 * Ukrainians, among them defenders of Azovstal, and five of their commanders were taken to Turkiye
 * to stay there until the end of the war (they came home on 8 July 2023); Ukraine released 55
 * Russians and Viktor Medvedchuk.
 */
public final class CustodyStory {
  private CustodyStory() {}

  public static final PartyId RU = PartyId.of("ru");
  public static final PartyId UA = PartyId.of("ua");
  public static final PartyId TR = PartyId.of("tr");
  public static final PartyId SA = PartyId.of("sa");
  public static final PartyId AZOV = PartyId.of("ua:azov");

  public static final Custody COMMANDERS_IN_TURKIYE =
      Custody.untilEvent(TR, "until the end of the war").withCount(5);

  public static final Direction TO_UKRAINE =
      Direction.builder()
          .releasing(RU)
          .receiving(UA)
          .addFigure(
              ReleaseFigure.builder()
                  .total(Estimate.exact(215))
                  .addNotable(NotableRelease.of("Denys Prokopenko", AZOV))
                  .addNotable(NotableRelease.of("Sviatoslav Palamar", AZOV))
                  .build())
          .custody(COMMANDERS_IN_TURKIYE)
          .build();

  public static final Direction TO_RUSSIA =
      Direction.of(
          UA,
          RU,
          ReleaseFigure.builder()
              .total(Estimate.exact(56))
              .putBreakdown(ReleaseCategory.CIVILIAN, 1L)
              .addNotable(
                  NotableRelease.builder()
                      .name("Viktor Medvedchuk")
                      .category(ReleaseCategory.CIVILIAN)
                      .build())
              .build());

  public static final Exchange SEPTEMBER_2022 =
      Exchange.builder()
          .id(RecordId.of("exchange:2022-09-21"))
          .date(ReportedDate.parse("2022-09-21"))
          .addDirections(TO_UKRAINE, TO_RUSSIA)
          .addParticipant(Participant.of(TR, Role.MEDIATOR))
          .addParticipant(Participant.of(SA, Role.MEDIATOR))
          .status(ExchangeStatus.COMPLETED)
          .build();
}
