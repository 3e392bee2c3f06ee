package dev.parley.json.codec;

import dev.parley.exchange.Route;
import dev.parley.place.PlaceId;
import java.io.IOException;
import java.util.List;

/**
 * {@code {"from": "ps:gaza", "via": ["eg:rafah-crossing"], "to": "il:hatzerim"}}: the way released
 * people were taken. Empty {@code via} is left out; reading accepts {@code []} for it.
 */
final class RouteCodec implements Codec<Route> {
  private static final FieldSet FIELDS = FieldSet.of("from", "via?", "to");

  @Override
  public Class<Route> javaType() {
    return Route.class;
  }

  @Override
  public void write(Route value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("from", value.from().value());
    ListFields.writeUnlessEmpty("via", value.via(), Vocabulary.PLACE_ID, g);
    g.writeStringField("to", value.to().value());
    g.writeEndObject();
  }

  @Override
  public Route read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    PlaceId[] ends = new PlaceId[2];
    List<PlaceId> via = List.of();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          ends[0] = Vocabulary.PLACE_ID.read(p, ctx);
          break;
        case 1:
          via = ctx.list(p, Vocabulary.PLACE_ID);
          break;
        default:
          ends[1] = Vocabulary.PLACE_ID.read(p, ctx);
          break;
      }
    }
    List<PlaceId> stops = via;
    return ctx.build(c, () -> Route.of(ends[0], stops, ends[1]));
  }
}
