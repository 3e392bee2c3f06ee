package dev.parley.json.codec.records;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.place.Place;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * Record type {@code place}: {@code {"type": "place", "id": "ua:rakivka", "name": "Rakivka",
 * "country": "UA", "region": "UA-63", "coordinates": {...}, "precision": "settlement"}}. A place on
 * a border names the country across it: {@code "borderWith": "PS"}, left out otherwise.
 */
final class PlaceCodec extends RecordCodec<Place> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    NAME,
    COUNTRY,
    REGION,
    COORDINATES,
    PRECISION,
    BORDER_WITH
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.REGION, F.COORDINATES, F.BORDER_WITH);

  PlaceCodec() {
    super("place", Place.class, FIELDS);
  }

  @Override
  protected void writeFields(Place value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.writeString(g, F.NAME, value.name());
    FIELDS.writeString(g, F.COUNTRY, value.country().value());
    var regionValue = value.region();
    if (regionValue.isPresent()) {
      FIELDS.writeString(g, F.REGION, regionValue.get().value());
    }
    FIELDS.writeIfPresent(g, F.COORDINATES, value.coordinates(), Vocabulary.COORDINATES);
    FIELDS.write(g, F.PRECISION, value.precision(), Vocabulary.LOCATION_PRECISION);
    var borderWithValue = value.borderWith();
    if (borderWithValue.isPresent()) {
      FIELDS.writeString(g, F.BORDER_WITH, borderWithValue.get().value());
    }
  }

  @Override
  protected Place readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Place.Builder b = Place.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case NAME:
          b.name(Values.string(p, ctx));
          break;
        case COUNTRY:
          b.country(Vocabulary.COUNTRY.read(p, ctx));
          break;
        case REGION:
          b.region(Vocabulary.REGION.readPresent(p, ctx));
          break;
        case COORDINATES:
          b.coordinates(Vocabulary.COORDINATES.read(p, ctx));
          break;
        case PRECISION:
          b.precision(Vocabulary.LOCATION_PRECISION.read(p, ctx));
          break;
        case BORDER_WITH:
          b.borderWith(Vocabulary.COUNTRY.readPresent(p, ctx));
          break;
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
