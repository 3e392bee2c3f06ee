package dev.parley.testing;

import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.FigurePart;
import dev.parley.exchange.Quota;
import dev.parley.exchange.QuotaCounting;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.exchange.Route;
import dev.parley.party.Participant;
import dev.parley.party.PartyId;
import dev.parley.party.Role;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Who receives, from two real operations, figures kept conservative.
 *
 * <ul>
 *   <li>24 November 2023, the first day of the humanitarian pause between Israel and Hamas: 13
 *       Israeli hostages handed to the ICRC and taken through the Rafah crossing into Egypt and on
 *       to Israel, the release set for 16:00 local time; 10 Thai nationals and a Filipino released
 *       outside the deal, also taken through Egypt and Israel before going home; 39 Palestinian
 *       prisoners released into the West Bank and East Jerusalem.
 *   <li>14-16 April 2023, the Yemen exchange agreed in Switzerland on 20 March 2023 (181 detainees
 *       released by the Houthis, 706 by the government): ICRC flights between Sanaa, Aden, Marib
 *       and Abha; Saudi and Sudanese nationals flown to Abha in Saudi Arabia. The government's
 *       figure is kept as reports gave it, "about 700"; the Houthis' directions as unknown counts.
 * </ul>
 */
public final class ReceiverStory {
  private ReceiverStory() {}

  public static final PartyId IL = PartyId.of("il");
  public static final PartyId HAMAS = PartyId.of("ps:hamas");
  public static final PartyId TH = PartyId.of("th");
  public static final PartyId PH = PartyId.of("ph");
  public static final PartyId EG = PartyId.of("eg");
  public static final PartyId QA = PartyId.of("qa");
  public static final PartyId ICRC = PartyId.of("icrc");

  public static final PlaceId GAZA = PlaceId.of("ps:gaza-strip");
  public static final PlaceId RAFAH = PlaceId.of("eg:rafah-crossing");
  public static final PlaceId ISRAEL = PlaceId.of("il:israel");
  public static final PlaceId WEST_BANK = PlaceId.of("ps:west-bank-and-east-jerusalem");

  /** The Rafah crossing, on Egypt's border with the Gaza Strip. */
  public static final Place RAFAH_CROSSING =
      Place.builder()
          .id(RAFAH)
          .name("Rafah crossing")
          .country(CountryCode.of("EG"))
          .borderWith(CountryCode.of("PS"))
          .precision(LocationPrecision.SETTLEMENT)
          .build();

  /** A point on the Belarus-Ukraine border, where Russia and Ukraine have exchanged prisoners. */
  public static final Place BELARUS_UKRAINE_BORDER =
      Place.builder()
          .id(PlaceId.of("ua:belarus-border"))
          .name("Belarus-Ukraine border")
          .country(CountryCode.of("UA"))
          .borderWith(CountryCode.of("BY"))
          .precision(LocationPrecision.COUNTRY)
          .build();

  public static final RecordId PAUSE_DEAL = RecordId.of("agreement:2023-11-22-humanitarian-pause");

  /** 50 hostages for 150 prisoners, women and minors. */
  public static final Agreement PAUSE_AGREEMENT =
      Agreement.builder()
          .id(PAUSE_DEAL)
          .addSides(HAMAS, IL)
          .addParticipant(Participant.of(QA, Role.MEDIATOR))
          .addParticipant(Participant.of(EG, Role.MEDIATOR))
          .agreed(ReportedDate.parse("2023-11-22"))
          .addQuotas(Quota.of(HAMAS, 50), Quota.of(IL, 150))
          .build();

  private static final List<Participant> THROUGH_EGYPT =
      List.of(Participant.of(ICRC, Role.FACILITATOR), Participant.of(EG, Role.TRANSIT));

  private static final Route GAZA_RAFAH_ISRAEL = Route.of(GAZA, List.of(RAFAH), ISRAEL);

  public static final Direction HOSTAGES_TO_ISRAEL =
      Direction.builder()
          .releasing(HAMAS)
          .receiving(IL)
          .addFigure(ReleaseFigure.of(13))
          .participants(THROUGH_EGYPT)
          .addRoute(GAZA_RAFAH_ISRAEL)
          .build();

  /** Outside the deal: counted in what Hamas released, not toward its quota. */
  public static final Direction THAIS_HOME =
      Direction.builder()
          .releasing(HAMAS)
          .receiving(TH)
          .receiverRole(Role.HOME_STATE)
          .addFigure(
              ReleaseFigure.builder()
                  .total(Estimate.exact(10))
                  .addPart(
                      FigurePart.builder()
                          .count(Estimate.exact(10))
                          .counting(QuotaCounting.IN_ADDITION)
                          .description("released outside the deal")
                          .build())
                  .build())
          .addAllParticipants(THROUGH_EGYPT)
          // Israel receives its own nationals in another direction and is a transit state here.
          .addParticipant(Participant.of(IL, Role.TRANSIT))
          .addRoute(GAZA_RAFAH_ISRAEL)
          .build();

  public static final Direction FILIPINO_HOME =
      Direction.builder()
          .releasing(HAMAS)
          .receiving(PH)
          .receiverRole(Role.HOME_STATE)
          .addFigure(
              ReleaseFigure.builder()
                  .total(Estimate.exact(1))
                  .addPart(FigurePart.of(Estimate.exact(1), QuotaCounting.IN_ADDITION))
                  .build())
          .participants(THROUGH_EGYPT)
          .build();

  /** Released into a territory: no receiving party is invented. */
  public static final Direction PRISONERS_INTO_WEST_BANK =
      Direction.into(IL, WEST_BANK, ReleaseFigure.of(39));

  public static final Exchange PAUSE_DAY_ONE =
      Exchange.builder()
          .id(RecordId.of("exchange:2023-11-24"))
          .agreement(PAUSE_DEAL)
          .trancheNumber(1)
          .date(ReportedDate.parse("2023-11-24"))
          .timeOfDay(LocalTime.of(16, 0))
          .zone(ZoneId.of("Asia/Jerusalem"))
          .addDirections(HOSTAGES_TO_ISRAEL, THAIS_HOME, FILIPINO_HOME, PRISONERS_INTO_WEST_BANK)
          .addParticipant(Participant.of(QA, Role.MEDIATOR))
          .venue(RAFAH)
          .status(ExchangeStatus.COMPLETED)
          .build();

  public static final PartyId YE_GOV = PartyId.of("ye:government");
  public static final PartyId HOUTHIS = PartyId.of("ye:ansar-allah");
  public static final PartyId SA = PartyId.of("sa");
  public static final PartyId SD = PartyId.of("sd");

  public static final PlaceId SANAA = PlaceId.of("ye:sanaa");
  public static final PlaceId ADEN = PlaceId.of("ye:aden");
  public static final PlaceId MARIB = PlaceId.of("ye:marib");
  public static final PlaceId ABHA = PlaceId.of("sa:abha");

  public static final RecordId YEMEN_DEAL = RecordId.of("agreement:2023-03-20-yemen-887");

  public static final Agreement YEMEN_AGREEMENT =
      Agreement.builder()
          .id(YEMEN_DEAL)
          .addSides(YE_GOV, HOUTHIS)
          .addParticipant(Participant.of(ICRC, Role.FACILITATOR))
          .agreed(ReportedDate.parse("2023-03-20"))
          .addQuotas(Quota.of(YE_GOV, 706), Quota.of(HOUTHIS, 181))
          .build();

  private static final Participant ICRC_FLIGHTS = Participant.of(ICRC, Role.FACILITATOR);

  /** "About 700", as reports gave it: no bounds invented. */
  public static final Direction TO_HOUTHIS =
      Direction.builder()
          .releasing(YE_GOV)
          .receiving(HOUTHIS)
          .addFigure(ReleaseFigure.builder().total(Estimate.about(700)).build())
          .addParticipant(ICRC_FLIGHTS)
          .addRoutes(Route.of(ADEN, SANAA), Route.of(MARIB, SANAA))
          .build();

  /** Unknown count: no figure. */
  public static final Direction TO_GOVERNMENT =
      Direction.builder()
          .releasing(HOUTHIS)
          .receiving(YE_GOV)
          .addParticipant(ICRC_FLIGHTS)
          .addRoutes(Route.of(SANAA, ADEN), Route.of(SANAA, MARIB))
          .build();

  /** Saudi Arabia receives its own nationals here... */
  public static final Direction SAUDIS_HOME =
      Direction.builder()
          .releasing(HOUTHIS)
          .receiving(SA)
          .receiverRole(Role.HOME_STATE)
          .addParticipant(ICRC_FLIGHTS)
          .addRoute(Route.of(SANAA, ABHA))
          .build();

  /** ...and is the transit state for the Sudanese here. */
  public static final Direction SUDANESE_HOME =
      Direction.builder()
          .releasing(HOUTHIS)
          .receiving(SD)
          .receiverRole(Role.HOME_STATE)
          .addParticipant(ICRC_FLIGHTS)
          .addParticipant(Participant.of(SA, Role.TRANSIT))
          .addRoute(Route.of(SANAA, ABHA))
          .build();

  public static final Exchange YEMEN_APRIL_2023 =
      Exchange.builder()
          .id(RecordId.of("exchange:2023-04-14-yemen"))
          .agreement(YEMEN_DEAL)
          .date(
              ReportedDate.between(
                  java.time.LocalDate.of(2023, 4, 14), java.time.LocalDate.of(2023, 4, 16)))
          .addDirections(TO_HOUTHIS, TO_GOVERNMENT, SAUDIS_HOME, SUDANESE_HOME)
          .addParticipant(Participant.of(ICRC, Role.FACILITATOR))
          .status(ExchangeStatus.COMPLETED)
          .note("nearly 900 detainees flown by the ICRC over three days")
          .build();
}
