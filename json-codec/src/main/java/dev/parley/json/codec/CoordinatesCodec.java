package dev.parley.json.codec;

import dev.parley.place.Coordinates;
import java.io.IOException;

/** {@code {"latitude": 46.4936, "longitude": 30.7395}}; integers are accepted as numbers. */
final class CoordinatesCodec implements Codec<Coordinates> {
  private static final FieldSet FIELDS = FieldSet.of("latitude", "longitude");

  @Override
  public Class<Coordinates> javaType() {
    return Coordinates.class;
  }

  @Override
  public void write(Coordinates value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("latitude", value.latitude());
    g.writeNumberField("longitude", value.longitude());
    g.writeEndObject();
  }

  @Override
  public Coordinates read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    double latitude = 0;
    double longitude = 0;
    for (int f; (f = c.next()) >= 0; ) {
      if (f == 0) {
        latitude = ctx.doubleValue(p);
      } else {
        longitude = ctx.doubleValue(p);
      }
    }
    double lat = latitude;
    double lon = longitude;
    return ctx.build(c, () -> Coordinates.of(lat, lon));
  }
}
