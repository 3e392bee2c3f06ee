package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.Route;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.place.PlaceId;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.List;

/**
 * {@code {"from": "ps:gaza", "via": ["eg:rafah-crossing"], "to": "il:hatzerim"}}: the way released
 * people were taken. Empty {@code via} is left out; reading accepts {@code []} for it.
 */
final class RouteCodec implements Codec<Route> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    FROM,
    VIA,
    TO
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.VIA);

  @Override
  public Class<Route> javaType() {
    return Route.class;
  }

  @Override
  public void write(Route value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.FROM, value.from().value());
    FIELDS.writeArray(g, F.VIA, value.via(), Vocabulary.PLACE_ID);
    FIELDS.writeString(g, F.TO, value.to().value());
    g.writeEndObject();
  }

  @Override
  public Route read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    PlaceId[] ends = new PlaceId[2];
    List<PlaceId> via = List.of();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case FROM:
          ends[0] = Vocabulary.PLACE_ID.read(p, ctx);
          break;
        case VIA:
          via = Values.list(p, ctx, Vocabulary.PLACE_ID);
          break;
        case TO:
          ends[1] = Vocabulary.PLACE_ID.read(p, ctx);
          break;
      }
    }
    List<PlaceId> stops = via;
    try {
      return Route.of(ends[0], stops, ends[1]);
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
