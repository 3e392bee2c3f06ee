package dev.parley.json.codec;

import dev.parley.exchange.Direction;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.party.Role;
import java.io.IOException;

/**
 * {@code {"releasing": "ru", "receiving": "ua", "figures": [...]}}: who released people to whom,
 * and the figures the sources gave, the accepted one first. A direction with no figure (an unknown
 * count) has no {@code figures}; reading accepts {@code []} for it. {@code custody}, the third
 * party that holds the released people, is left out when there is none.
 *
 * <p>Who receives: {@code receiving} is left out for people released into a territory or to a
 * population, named by {@code releasedInto} (a place id); {@code receiverRole} ({@code home_state}
 * for a state receiving its own nationals) is left out when it is {@code side}. The direction's own
 * {@code participants} and its {@code routes} ({@code {"from": ..., "via": [...], "to": ...}}) are
 * left out when empty.
 */
final class DirectionCodec implements Codec<Direction> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "releasing",
          "receiving?",
          "figures?",
          "custody?",
          "receiverRole?",
          "releasedInto?",
          "participants?",
          "routes?");

  @Override
  public Class<Direction> javaType() {
    return Direction.class;
  }

  @Override
  public void write(Direction value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("releasing", value.releasing().value());
    if (value.receiving().isPresent()) {
      g.writeStringField("receiving", value.receiving().get().value());
    }
    if (value.receiverRole() != Role.SIDE) {
      g.writeFieldName("receiverRole");
      Vocabulary.ROLE.write(value.receiverRole(), g);
    }
    if (value.releasedInto().isPresent()) {
      g.writeStringField("releasedInto", value.releasedInto().get().value());
    }
    if (!value.figures().isEmpty()) {
      g.writeFieldName("figures");
      g.writeStartArray();
      for (ReleaseFigure f : value.figures()) {
        Vocabulary.RELEASE_FIGURE.write(f, g);
      }
      g.writeEndArray();
    }
    if (value.custody().isPresent()) {
      g.writeFieldName("custody");
      Vocabulary.CUSTODY.write(value.custody().get(), g);
    }
    AgreementCodec.writeParticipants(value.participants(), g);
    ListFields.writeUnlessEmpty("routes", value.routes(), Vocabulary.ROUTE, g);
    g.writeEndObject();
  }

  @Override
  public Direction read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Direction.Builder b = Direction.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.releasing(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 1:
          b.receiving(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 2:
          b.figures(ctx.list(p, Vocabulary.RELEASE_FIGURE));
          break;
        case 3:
          b.custody(Vocabulary.CUSTODY.read(p, ctx));
          break;
        case 4:
          b.receiverRole(Vocabulary.ROLE.read(p, ctx));
          break;
        case 5:
          b.releasedInto(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 6:
          b.participants(ctx.list(p, Vocabulary.PARTICIPANT));
          break;
        default:
          b.routes(ctx.list(p, Vocabulary.ROUTE));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
