package dev.parley.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.estimate.Estimate;
import dev.parley.party.Participant;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.party.Role;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.record.RecordId;
import dev.parley.time.ReportedDate;
import dev.parley.time.TimeWindow;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid values for every vocabulary type, shared by the core and json
 * modules' tests (through the core test jar).
 */
public final class VocabularyGen {
  private VocabularyGen() {}

  private static final List<String> COUNTRIES =
      List.of("UA", "RU", "BY", "TR", "AE", "US", "PL", "GE");
  private static final List<String> ZONES =
      List.of("Europe/Moscow", "Europe/Kyiv", "UTC", "Europe/Istanbul");
  private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";

  /** Ids of 1 to 12 characters from a small alphabet, with an optional prefix. */
  public static Gen<String> idTexts() {
    return integers()
        .between(1, 12)
        .zip(
            longs().all(),
            (len, seed) -> {
              StringBuilder b = new StringBuilder();
              long s = seed;
              for (int i = 0; i < len; i++) {
                b.append(ID_CHARS.charAt((int) Math.floorMod(s, ID_CHARS.length())));
                s = s / ID_CHARS.length() + 7 * i;
              }
              return b.toString();
            })
        .zip(Generate.pick(List.of("", "ua:", "ru:", "x.")), (id, prefix) -> prefix + id);
  }

  /** Party ids. */
  public static Gen<PartyId> partyIds() {
    return idTexts().map(PartyId::of);
  }

  /** Place ids. */
  public static Gen<PlaceId> placeIds() {
    return idTexts().map(PlaceId::of);
  }

  /** Record ids. */
  public static Gen<RecordId> recordIds() {
    return idTexts().map(RecordId::of);
  }

  /** Country codes from a small set. */
  public static Gen<CountryCode> countries() {
    return Generate.pick(COUNTRIES).map(CountryCode::of);
  }

  /** Non-blank names. */
  public static Gen<String> names() {
    return Generate.pick(
            List.of(
                "Ukraine",
                "Russia",
                "ICRC",
                "Rakivka",
                "Odesa port",
                "Ministry of Defence",
                "Zürich Ω"))
        .zip(integers().between(0, 99), (n, i) -> i == 0 ? n : n + " " + i);
  }

  /** Parties of every kind; persons act for another party. */
  public static Gen<Party> parties() {
    return partyIds()
        .zip(
            names(),
            Generate.enumValues(PartyKind.class),
            countries().toOptionals(50),
            (id, name, kind, country) -> {
              Party.Builder b = Party.builder().id(id).name(name).kind(kind).country(country);
              if (kind == PartyKind.PERSON) {
                b.actingFor(PartyId.of(id.value() + "-state"));
              }
              return b.build();
            });
  }

  /** Participants in every role. */
  public static Gen<Participant> participants() {
    return partyIds().zip(Generate.enumValues(Role.class), Participant::of);
  }

  /** Valid coordinates, including the poles and the antimeridian. */
  public static Gen<Coordinates> coordinates() {
    return doubles().between(-90.0, 90.0).zip(doubles().between(-180.0, 180.0), Coordinates::of);
  }

  /** Places with consistent regions. */
  public static Gen<Place> places() {
    return placeIds()
        .zip(
            names(),
            countries(),
            integers().between(1, 99),
            Generate.enumValues(LocationPrecision.class),
            (id, name, country, region, precision) ->
                Place.builder()
                    .id(id)
                    .name(name)
                    .country(country)
                    .region(
                        precision == LocationPrecision.COUNTRY
                            ? Optional.empty()
                            : Optional.of(RegionCode.parse(country.value() + "-" + region)))
                    .precision(precision)
                    .build())
        .zip(coordinates().toOptionals(50), (p, c) -> p.withCoordinates(c));
  }

  /** Days from 1990 to 2040. */
  public static Gen<LocalDate> days() {
    return integers().between(0, 50 * 366).map(i -> LocalDate.of(1990, 1, 1).plusDays(i));
  }

  /** Reported dates of every precision. */
  public static Gen<ReportedDate> reportedDates() {
    return days()
        .zip(
            integers().between(0, 5),
            integers().between(1, 60),
            (d, kind, len) -> {
              switch (kind) {
                case 0:
                  return ReportedDate.ofWeekContaining(d);
                case 1:
                  return ReportedDate.ofMonth(YearMonth.from(d));
                case 2:
                  return ReportedDate.ofYear(Year.from(d));
                case 3:
                  return ReportedDate.between(d, d.plusDays(len));
                default:
                  return ReportedDate.ofDay(d);
              }
            });
  }

  /** Zoned date-times in a few real zones. */
  public static Gen<ZonedDateTime> zonedDateTimes() {
    return days()
        .zip(
            integers().between(0, 24 * 60 - 1),
            Generate.pick(ZONES),
            (d, minute, zone) -> d.atStartOfDay(ZoneId.of(zone)).plusMinutes(minute));
  }

  /** Open and closed time windows. */
  public static Gen<TimeWindow> timeWindows() {
    return zonedDateTimes()
        .zip(
            integers().between(0, 24 * 90),
            (start, hours) ->
                hours == 0
                    ? TimeWindow.startingAt(start)
                    : TimeWindow.of(start, Duration.ofHours(hours)));
  }

  /** Sources with every combination of detail. */
  public static Gen<Source> sources() {
    return partyIds()
        .toOptionals(70)
        .zip(
            Generate.pick(List.of("Ministry of Defence", "Ukrainian officials", "General Staff"))
                .toOptionals(50),
            Generate.pick(List.of("Telegram", "Reuters", "TASS", "Ukrinform")).toOptionals(50),
            reportedDates().toOptionals(50),
            (speaker, organ, outlet, published) -> {
              Source.Builder b =
                  Source.builder()
                      .speaker(speaker)
                      .organ(organ)
                      .outlet(outlet)
                      .published(published);
              if (speaker.isEmpty() && organ.isEmpty() && outlet.isEmpty()) {
                b.outlet("Reuters");
              }
              return b.build();
            })
        .zip(
            Generate.pick(List.of("", "https://example.org/report/1")),
            (s, link) -> link.isEmpty() ? s : s.withLink(URI.create(link)));
  }

  /** Statements of every stance. */
  public static Gen<Statement> statements() {
    return sources().zip(Generate.enumValues(Stance.class), Statement::of);
  }

  /** Estimates of every kind. */
  public static Gen<Estimate> estimates() {
    return integers()
        .between(0, 4)
        .zip(
            longs().between(0, 10_000),
            longs().between(1, 10_000),
            longs().between(0, 10_000),
            (kind, low, width, bestOffset) -> {
              switch (kind) {
                case 0:
                  return Estimate.exact(low);
                case 1:
                  return Estimate.atLeast(low);
                case 2:
                  return bestOffset % 2 == 0
                      ? Estimate.range(low, low + width)
                      : Estimate.range(low, low + Math.min(bestOffset, width), low + width);
                case 3:
                  return bestOffset % 2 == 0
                      ? Estimate.about(low)
                      : Estimate.about(low + width, Math.min(bestOffset, low + width));
                default:
                  return Estimate.unknown();
              }
            });
  }

  /** Lower-case text of an enum constant, for messages. */
  public static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
