package dev.parley.json.codec;

import dev.parley.place.Place;
import java.io.IOException;

/**
 * Record type {@code place}: {@code {"type": "place", "id": "ua:rakivka", "name": "Rakivka",
 * "country": "UA", "region": "UA-63", "coordinates": {...}, "precision": "settlement"}}. A place on
 * a border names the country across it: {@code "borderWith": "PS"}, left out otherwise.
 */
final class PlaceCodec extends RecordCodec<Place> {
  private static final FieldSet FIELDS =
      FieldSet.of("id", "name", "country", "region?", "coordinates?", "precision", "borderWith?");

  PlaceCodec() {
    super("place", Place.class, FIELDS);
  }

  @Override
  protected void writeFields(Place value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeStringField("name", value.name());
    g.writeStringField("country", value.country().value());
    var regionValue = value.region();
    if (regionValue.isPresent()) {
      g.writeStringField("region", regionValue.get().value());
    }
    var coordinatesValue = value.coordinates();
    if (coordinatesValue.isPresent()) {
      g.writeFieldName("coordinates");
      Vocabulary.COORDINATES.write(coordinatesValue.get(), g);
    }
    g.writeFieldName("precision");
    Vocabulary.LOCATION_PRECISION.write(value.precision(), g);
    if (value.borderWith().isPresent()) {
      g.writeStringField("borderWith", value.borderWith().get().value());
    }
  }

  @Override
  protected Place readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Place.Builder b = Place.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 1:
          b.name(ctx.string(p));
          break;
        case 2:
          b.country(Vocabulary.COUNTRY.read(p, ctx));
          break;
        case 3:
          b.region(Vocabulary.REGION.read(p, ctx));
          break;
        case 4:
          b.coordinates(Vocabulary.COORDINATES.read(p, ctx));
          break;
        case 5:
          b.precision(Vocabulary.LOCATION_PRECISION.read(p, ctx));
          break;
        default:
          b.borderWith(Vocabulary.COUNTRY.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
