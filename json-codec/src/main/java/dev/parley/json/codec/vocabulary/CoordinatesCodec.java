package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCodec;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.place.Coordinates;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/** {@code {"latitude": 46.4936, "longitude": 30.7395}}; integers are accepted as numbers. */
final class CoordinatesCodec extends ObjectCodec<Coordinates> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    LATITUDE,
    LONGITUDE
  }

  private static final Fields<F> FIELDS = Fields.of(F.class);

  @Override
  public Class<Coordinates> javaType() {
    return Coordinates.class;
  }

  @Override
  protected void writeFields(Coordinates value, TokenWriter g) throws IOException {
    FIELDS.writeNumber(g, F.LATITUDE, value.latitude());
    FIELDS.writeNumber(g, F.LONGITUDE, value.longitude());
  }

  @Override
  public Coordinates read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    double latitude = 0;
    double longitude = 0;
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.LATITUDE) {
        latitude = Values.doubleValue(p, ctx);
      } else {
        longitude = Values.doubleValue(p, ctx);
      }
    }
    double lat = latitude;
    double lon = longitude;
    try {
      return Coordinates.of(lat, lon);
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
