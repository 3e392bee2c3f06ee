package dev.parley.interop.internal;

import dev.parley.interop.Dataset;
import dev.parley.interop.ImportOptions;
import dev.parley.party.Party;
import dev.parley.party.PartyId;
import dev.parley.party.PartyKind;
import dev.parley.place.Coordinates;
import dev.parley.place.CountryCode;
import dev.parley.place.LocationPrecision;
import dev.parley.place.Place;
import dev.parley.place.PlaceId;
import dev.parley.place.RegionCode;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.time.ReportedDate;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Building parties, places and provenance from dataset rows, the same way for every dataset. */
public final class Mapping {
  private static final Pattern FORCES =
      Pattern.compile("(?:Military|Police|Naval|Air) Forces of (.+?)(?: \\([^)]*\\))?(?: .*)?");
  private static final Pattern GOVERNMENT = Pattern.compile("Government of (.+?)(?: \\([^)]*\\))?");
  private static final Pattern UNIDENTIFIED =
      Pattern.compile("Unidentified Armed Group \\((.+)\\)");
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?:United Nations|UN|African Union|AU|NATO|European Union|EU|ECOWAS|OSCE|ICRC|International Committee of the Red Cross)(?:[ :].*)?");

  private Mapping() {}

  /**
   * Returns a party for an actor name when its kind is certain, from the name itself ("Military
   * Forces of Russia (2000-)" is a state's forces, "Unidentified Armed Group (Sudan)" an armed
   * group) or else from a kind the dataset's own actor code makes certain.
   *
   * @param dataset the dataset
   * @param name the actor's name as the dataset gives it
   * @param coded the kind the dataset's actor code makes certain, if any
   * @return the party, or empty when its kind is not certain
   */
  public static Optional<Party> party(Dataset dataset, String name, Optional<PartyKind> coded) {
    if (name.isBlank()) {
      return Optional.empty();
    }
    PartyKind kind = null;
    String country = "";
    Matcher m;
    if ((m = FORCES.matcher(name)).matches() || (m = GOVERNMENT.matcher(name)).matches()) {
      kind = PartyKind.STATE;
      country = Tables.alpha2FromName(m.group(1)).orElse("");
    } else if ((m = UNIDENTIFIED.matcher(name)).matches()) {
      kind = PartyKind.ARMED_GROUP;
      country = Tables.alpha2FromName(m.group(1)).orElse("");
    } else if (ORGANISATION.matcher(name).matches()) {
      kind = PartyKind.INTERNATIONAL_ORGANISATION;
    } else if (coded.isPresent()) {
      kind = coded.get();
    }
    if (kind == null) {
      return Optional.empty();
    }
    Party.Builder b = Party.builder().id(partyId(dataset, name)).name(name).kind(kind);
    if (!country.isEmpty()) {
      b.country(CountryCode.of(country));
    }
    return Optional.of(b.build());
  }

  /**
   * Returns the stable id of an actor: the dataset's prefix, {@code actor}, and a slug of the name
   * ({@code acled:actor:military-forces-of-russia-2000}).
   *
   * @param dataset the dataset
   * @param name the name
   * @return the id
   */
  public static PartyId partyId(Dataset dataset, String name) {
    return PartyId.of(dataset.prefix() + ":actor:" + Ids.slug(name, 100));
  }

  /**
   * Returns a place whose id is a slug of its country and name followed by a hash of all its
   * attributes, so that rows giving the same place give the same id, and rows differing in anything
   * give different ids.
   *
   * @param dataset the dataset
   * @param country the country
   * @param region the region, if known
   * @param name the name
   * @param coordinates the coordinates, if known
   * @param precision the precision
   * @return the place
   */
  public static Place place(
      Dataset dataset,
      CountryCode country,
      Optional<RegionCode> region,
      String name,
      Optional<Coordinates> coordinates,
      LocationPrecision precision) {
    String all =
        country
            + "|"
            + region.map(RegionCode::value).orElse("")
            + "|"
            + name
            + "|"
            + coordinates.map(c -> c.latitude() + "," + c.longitude()).orElse("")
            + "|"
            + precision;
    String id =
        dataset.prefix()
            + ":place:"
            + country.value().toLowerCase(Locale.ROOT)
            + ":"
            + Ids.slug(name, 60)
            + ":"
            + Ids.shortHash(all);
    Place.Builder b =
        Place.builder().id(PlaceId.of(id)).name(name).country(country).precision(precision);
    region.ifPresent(b::region);
    coordinates.ifPresent(b::coordinates);
    return b.build();
  }

  /**
   * Returns the statement that ties a record to the dataset row it came from: the dataset (and
   * release) as outlet, a link {@code prefix:rowId} naming the row, and the day the row was
   * published or last changed, when known.
   *
   * @param dataset the dataset
   * @param options the options, for the release
   * @param rowId the row's id in the dataset
   * @param published when the row was published, if known
   * @return the statement, with stance {@link Stance#CLAIMS}
   */
  public static Statement origin(
      Dataset dataset, ImportOptions options, String rowId, Optional<ReportedDate> published) {
    Source.Builder b =
        Source.builder()
            .outlet(dataset.label() + options.release().map(r -> " " + r).orElse(""))
            .link(link(dataset, rowId));
    published.ifPresent(b::published);
    return Statement.of(b.build(), Stance.CLAIMS);
  }

  /**
   * Returns the link naming a dataset row: {@code acled:UKR12345}, {@code ucdp-ged:512345}.
   *
   * @param dataset the dataset
   * @param rowId the row's id
   * @return the link
   */
  public static URI link(Dataset dataset, String rowId) {
    try {
      return new URI(dataset.prefix(), rowId, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns a statement by the outlet a dataset row cites, such as ACLED's {@code source} or UCDP's
   * {@code source_office}.
   *
   * @param outlet the outlet text
   * @param published when, if known
   * @return the statement, or empty when the text is blank
   */
  public static Optional<Statement> cited(String outlet, Optional<ReportedDate> published) {
    if (outlet.isBlank()) {
      return Optional.empty();
    }
    Source.Builder b = Source.builder().outlet(outlet);
    published.ifPresent(b::published);
    return Optional.of(Statement.of(b.build(), Stance.CLAIMS));
  }
}
