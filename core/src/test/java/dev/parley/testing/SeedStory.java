package dev.parley.testing;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionType;
import dev.parley.ceasefire.ProposalKind;
import dev.parley.ceasefire.Response;
import dev.parley.ceasefire.ResponseStance;
import dev.parley.ceasefire.Scope;
import dev.parley.chronicle.Chronicle;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeStatus;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.incident.Attribution;
import dev.parley.incident.Casualties;
import dev.parley.incident.CasualtyRevision;
import dev.parley.incident.Incident;
import dev.parley.incident.Perpetrator;
import dev.parley.incident.TargetType;
import dev.parley.incident.WeaponType;
import dev.parley.negotiation.Delegation;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.negotiation.TalksFormat;
import dev.parley.party.Participant;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.party.Role;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.territory.ClaimKind;
import dev.parley.territory.ClaimMeans;
import dev.parley.territory.ClaimSubject;
import dev.parley.territory.TerritorialClaim;
import dev.parley.time.ReportedDate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The May 2025 report Parley started from, built through the public API: the parties and places of
 * the Russia-Ukraine prisoner exchange, the Istanbul talks, the ceasefire offer, the Rakivka claim
 * and the Odesa port strike. The one seed fixture of the tests of every module; the golden {@code
 * seed-chronicle.json} files and the demo's bundled document hold it.
 */
public final class SeedStory {
  private SeedStory() {}

  /** Russia. */
  public static final Party RUSSIA = state("ru", "Russia", "RU");

  /** Ukraine. */
  public static final Party UKRAINE = state("ua", "Ukraine", "UA");

  /** Belarus, where freed Russians were taken. */
  public static final Party BELARUS = state("by", "Belarus", "BY");

  /** Turkiye, host of the Istanbul talks. */
  public static final Party TURKIYE = state("tr", "Turkiye", "TR");

  /** The United States, whose former president commented. */
  public static final Party UNITED_STATES = state("us", "United States", "US");

  /** Ukraine's president, who confirmed the figures. */
  public static final Party ZELENSKY =
      Party.builder()
          .id(PartyId.of("ua:zelensky"))
          .name("Volodymyr Zelensky")
          .kind(PartyKind.PERSON)
          .country(CountryCode.of("UA"))
          .actingFor(UKRAINE.id())
          .build();

  /** Russia's president. */
  public static final Party PUTIN =
      Party.builder()
          .id(PartyId.of("ru:putin"))
          .name("Vladimir Putin")
          .kind(PartyKind.PERSON)
          .country(CountryCode.of("RU"))
          .actingFor(RUSSIA.id())
          .build();

  /** Donald Trump, who posted congratulations. */
  public static final Party TRUMP =
      Party.builder()
          .id(PartyId.of("us:trump"))
          .name("Donald Trump")
          .kind(PartyKind.PERSON)
          .country(CountryCode.of("US"))
          .actingFor(UNITED_STATES.id())
          .build();

  /** Istanbul, venue of the talks. */
  public static final Place ISTANBUL =
      place("tr:istanbul", "Istanbul", "TR", "TR-34", LocationPrecision.SETTLEMENT);

  /** The Chernihiv region, where freed prisoners were expected to arrive. */
  public static final Place CHERNIHIV_REGION =
      place("ua:chernihiv-oblast", "Chernihiv region", "UA", "UA-74", LocationPrecision.REGION);

  /** Rakivka, the village Russia claimed to have taken. */
  public static final Place RAKIVKA =
      place("ua:rakivka", "Rakivka", "UA", "UA-63", LocationPrecision.SETTLEMENT);

  /** Odesa's port, struck by missiles. */
  public static final Place ODESA_PORT =
      place("ua:odesa-port", "Odesa port", "UA", "UA-51", LocationPrecision.NEAR_SETTLEMENT);

  /** The Kursk region, where some of the released civilians were captured. */
  public static final Place KURSK_REGION =
      place("ru:kursk-oblast", "Kursk region", "RU", "RU-KRS", LocationPrecision.REGION);

  /** Belarus as a whole, where freed Russians were treated. */
  public static final Place BELARUS_COUNTRY =
      Place.builder()
          .id(PlaceId.of("by"))
          .name("Belarus")
          .country(CountryCode.of("BY"))
          .precision(LocationPrecision.COUNTRY)
          .build();

  /** Every party of the story. */
  public static final List<Party> PARTIES =
      List.of(RUSSIA, UKRAINE, BELARUS, TURKIYE, UNITED_STATES, ZELENSKY, PUTIN, TRUMP);

  /** Every place of the story. */
  public static final List<Place> PLACES =
      List.of(ISTANBUL, CHERNIHIV_REGION, RAKIVKA, ODESA_PORT, KURSK_REGION, BELARUS_COUNTRY);

  /** The day of the report: Friday, 23 May 2025. */
  public static final LocalDate FRIDAY = LocalDate.of(2025, 5, 23);

  /** The day of the Istanbul talks, "last week". */
  public static final LocalDate TALKS_DAY = LocalDate.of(2025, 5, 16);

  /**
   * "The Russian defense ministry stated that Friday's exchange included 270 military personnel and
   * 120 civilians."
   */
  public static final Source RUSSIAN_MOD =
      Source.builder()
          .speaker(RUSSIA.id())
          .organ("Ministry of Defence")
          .published(ReportedDate.ofDay(FRIDAY))
          .build();

  /** "Zelensky confirmed the figures." */
  public static final Source ZELENSKY_STATEMENT =
      Source.builder().speaker(ZELENSKY.id()).published(ReportedDate.ofDay(FRIDAY)).build();

  /** "Ukrainian officials reported" and "described these demands as unacceptable". */
  public static final Source UKRAINIAN_OFFICIALS =
      Source.builder()
          .speaker(UKRAINE.id())
          .organ("Ukrainian officials")
          .published(ReportedDate.ofDay(FRIDAY))
          .build();

  /** Two hours of direct talks in Istanbul, the first face-to-face in over three years. */
  public static final NegotiationRound ISTANBUL_TALKS =
      NegotiationRound.builder()
          .id(RecordId.of("talks:2025-05-16-istanbul"))
          .venue(ISTANBUL.id())
          .date(ReportedDate.ofDay(TALKS_DAY))
          .duration(Duration.ofHours(2))
          .format(TalksFormat.DIRECT)
          .addDelegation(Delegation.builder().party(RUSSIA.id()).head("Vladimir Medinsky").build())
          .addDelegation(Delegation.builder().party(UKRAINE.id()).head("Rustem Umerov").build())
          .addParticipant(Participant.of(TURKIYE.id(), Role.HOST))
          .addOutcome(RecordId.of("agreement:2025-05-16-1000-for-1000"))
          .note("the first face-to-face talks between the two in over three years")
          .build();

  /** The agreement to swap 1,000 prisoners each, reached at the Istanbul talks. */
  public static final Agreement THOUSAND_FOR_THOUSAND =
      Agreement.builder()
          .id(RecordId.of("agreement:2025-05-16-1000-for-1000"))
          .addSides(RUSSIA.id(), UKRAINE.id())
          .agreed(ReportedDate.ofDay(TALKS_DAY))
          .venue(ISTANBUL.id())
          .negotiationRound(ISTANBUL_TALKS.id())
          .addQuotas(Quota.of(RUSSIA.id(), 1000), Quota.of(UKRAINE.id(), 1000))
          .parity(true)
          .target(ReportedDate.between(FRIDAY, FRIDAY.plusDays(2)))
          .build();

  /** 390 released, 270 military and 120 civilians: stated by Russia, confirmed by Zelensky. */
  public static final ReleaseFigure FIRST_TRANCHE_FIGURE =
      ReleaseFigure.builder()
          .total(Estimate.exact(390))
          .putBreakdown(ReleaseCategory.MILITARY, 270L)
          .putBreakdown(ReleaseCategory.CIVILIAN, 120L)
          .addStatement(Statement.of(RUSSIAN_MOD, Stance.CLAIMS))
          .addStatement(Statement.of(ZELENSKY_STATEMENT, Stance.CONFIRMS))
          .build();

  /** Friday's first tranche, 390 for 390; freed Russians were taken to Belarus. */
  public static final Exchange FIRST_TRANCHE =
      Exchange.builder()
          .id(RecordId.of("exchange:2025-05-23"))
          .agreement(THOUSAND_FOR_THOUSAND.id())
          .date(ReportedDate.ofDay(FRIDAY))
          .trancheNumber(1)
          .addDirection(Direction.of(RUSSIA.id(), UKRAINE.id(), FIRST_TRANCHE_FIGURE))
          .addDirection(Direction.of(UKRAINE.id(), RUSSIA.id(), FIRST_TRANCHE_FIGURE))
          .addParticipant(Participant.of(BELARUS.id(), Role.TRANSIT))
          .addParticipant(Participant.of(TRUMP.id(), Role.COMMENTATOR))
          .venue(CHERNIHIV_REGION.id())
          .status(ExchangeStatus.COMPLETED)
          .build();

  /** Russia's preconditions: more land, disarmament, staying out of Western alliances. */
  public static final List<Condition> RUSSIAN_PRECONDITIONS =
      List.of(
          Condition.precondition(
              ConditionType.TERRITORIAL_CONCESSION, RUSSIA.id(), "giving up more land"),
          Condition.precondition(ConditionType.DISARMAMENT, RUSSIA.id(), "disarming"),
          Condition.precondition(
              ConditionType.NEUTRALITY, RUSSIA.id(), "staying out of Western military alliances"));

  /** Russia's preconditions put as a proposal of its own; Ukraine calls them unacceptable. */
  public static final CeasefireProposal RUSSIAN_CONDITIONS =
      CeasefireProposal.builder()
          .id(RecordId.of("ceasefire:2025-05-ru-preconditions"))
          .proposer(RUSSIA.id())
          .addAddressee(UKRAINE.id())
          .kind(ProposalKind.PROPOSAL)
          .scope(Scope.comprehensive())
          .date(ReportedDate.ofDay(TALKS_DAY))
          .negotiationRound(ISTANBUL_TALKS.id())
          .addAllConditions(RUSSIAN_PRECONDITIONS)
          .addResponse(
              Response.builder()
                  .party(UKRAINE.id())
                  .date(ReportedDate.ofDay(FRIDAY))
                  .stance(ResponseStance.REJECTED)
                  .addProvenance(Statement.of(UKRAINIAN_OFFICIALS, Stance.CLAIMS))
                  .build())
          .build();

  /**
   * Ukraine's offer to begin a 30-day ceasefire immediately, answered by Russia with preconditions.
   */
  public static final CeasefireProposal THIRTY_DAY_CEASEFIRE =
      CeasefireProposal.builder()
          .id(RecordId.of("ceasefire:2025-05-ua-30-day"))
          .proposer(UKRAINE.id())
          .addAddressee(RUSSIA.id())
          .kind(ProposalKind.PROPOSAL)
          .scope(Scope.comprehensive())
          .duration(Duration.ofDays(30))
          .date(ReportedDate.parse("2025-05-10"))
          .addProvenance(
              Statement.of(Source.builder().speaker(ZELENSKY.id()).build(), Stance.CLAIMS))
          .addResponse(
              Response.builder()
                  .party(RUSSIA.id())
                  .date(ReportedDate.ofDay(TALKS_DAY))
                  .stance(ResponseStance.COUNTER_PROPOSAL)
                  .counterProposal(RUSSIAN_CONDITIONS.id())
                  .addAllConditions(RUSSIAN_PRECONDITIONS)
                  .build())
          .build();

  /** "Russia claimed to have taken control of Rakivka"; nobody else has confirmed it. */
  public static final TerritorialClaim RAKIVKA_CLAIM =
      TerritorialClaim.builder()
          .id(RecordId.of("claim:2025-05-23-ru-rakivka"))
          .claimant(RUSSIA.id())
          .subject(ClaimSubject.place(RAKIVKA.id()))
          .kind(ClaimKind.CAPTURED)
          .means(ClaimMeans.ARMED)
          .asOf(ReportedDate.ofDay(FRIDAY))
          .addProvenance(Statement.of(RUSSIAN_MOD, Stance.CLAIMS))
          .build();

  /** Russia "currently occupies around 20% of Ukrainian territory". */
  public static final TerritorialClaim SHARE_OF_UKRAINE =
      TerritorialClaim.builder()
          .id(RecordId.of("claim:2025-05-23-ru-share-of-ua"))
          .claimant(RUSSIA.id())
          .subject(ClaimSubject.aboutShare(CountryCode.of("UA"), new BigDecimal("20")))
          .kind(ClaimKind.HOLDS)
          .means(ClaimMeans.ARMED)
          .asOf(ReportedDate.ofDay(FRIDAY))
          .addProvenance(
              Statement.of(
                  Source.builder()
                      .outlet("news report")
                      .published(ReportedDate.ofDay(FRIDAY))
                      .build(),
                  Stance.CLAIMS))
          .build();

  /**
   * Russian missile strikes on Odesa's port: one killed, eight injured, per Ukrainian officials.
   */
  public static final Incident ODESA_STRIKE =
      Incident.builder()
          .id(RecordId.of("incident:2025-05-23-odesa-port"))
          .date(ReportedDate.ofDay(FRIDAY))
          .place(ODESA_PORT.id())
          .target(TargetType.PORT_INFRASTRUCTURE)
          .perpetrator(
              Perpetrator.builder()
                  .party(RUSSIA.id())
                  .attribution(Attribution.ATTRIBUTED)
                  .addSource(Statement.of(UKRAINIAN_OFFICIALS, Stance.CLAIMS))
                  .build())
          .weapon(WeaponType.MISSILE)
          .casualties(
              Casualties.of(
                  CasualtyRevision.builder()
                      .date(ReportedDate.ofDay(FRIDAY))
                      .killed(Estimate.exact(1))
                      .injured(Estimate.exact(8))
                      .addSource(Statement.of(UKRAINIAN_OFFICIALS, Stance.CLAIMS))
                      .build()))
          .build();

  /** Every record of the story. */
  public static final List<ChronicleRecord> RECORDS =
      List.of(
          ISTANBUL_TALKS,
          THOUSAND_FOR_THOUSAND,
          FIRST_TRANCHE,
          THIRTY_DAY_CEASEFIRE,
          RUSSIAN_CONDITIONS,
          RAKIVKA_CLAIM,
          SHARE_OF_UKRAINE,
          ODESA_STRIKE);

  /**
   * Returns the whole story as one chronicle.
   *
   * @return the seed chronicle, not null
   */
  public static Chronicle chronicle() {
    return Chronicle.builder()
        .addAllParties(PARTIES)
        .addAllPlaces(PLACES)
        .addAllRecords(RECORDS)
        .build();
  }

  private static Party state(String id, String name, String country) {
    return Party.builder()
        .id(PartyId.of(id))
        .name(name)
        .kind(PartyKind.STATE)
        .country(CountryCode.of(country))
        .build();
  }

  private static Place place(
      String id, String name, String country, String region, LocationPrecision precision) {
    return Place.builder()
        .id(PlaceId.of(id))
        .name(name)
        .country(CountryCode.of(country))
        .region(RegionCode.parse(region))
        .precision(precision)
        .build();
  }
}
