package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.Direction;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.party.Role;
import dev.parley.validation.InvalidValueException;
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
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    RELEASING,
    RECEIVING,
    FIGURES,
    CUSTODY,
    RECEIVER_ROLE,
    RELEASED_INTO,
    PARTICIPANTS,
    ROUTES
  }

  private static final Fields<F> FIELDS =
      Fields.of(
          F.class,
          F.RECEIVING,
          F.FIGURES,
          F.CUSTODY,
          F.RECEIVER_ROLE,
          F.RELEASED_INTO,
          F.PARTICIPANTS,
          F.ROUTES);

  @Override
  public Class<Direction> javaType() {
    return Direction.class;
  }

  @Override
  public void write(Direction value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.RELEASING, value.releasing().value());
    var receivingValue = value.receiving();
    if (receivingValue.isPresent()) {
      FIELDS.writeString(g, F.RECEIVING, receivingValue.get().value());
    }
    if (value.receiverRole() != Role.SIDE) {
      FIELDS.write(g, F.RECEIVER_ROLE, value.receiverRole(), Vocabulary.ROLE);
    }
    var releasedIntoValue = value.releasedInto();
    if (releasedIntoValue.isPresent()) {
      FIELDS.writeString(g, F.RELEASED_INTO, releasedIntoValue.get().value());
    }
    FIELDS.writeArray(g, F.FIGURES, value.figures(), Vocabulary.RELEASE_FIGURE);
    FIELDS.writeIfPresent(g, F.CUSTODY, value.custody(), Vocabulary.CUSTODY);
    FIELDS.writeArray(g, F.PARTICIPANTS, value.participants(), Vocabulary.PARTICIPANT);
    FIELDS.writeArray(g, F.ROUTES, value.routes(), Vocabulary.ROUTE);
    g.writeEndObject();
  }

  @Override
  public Direction read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Direction.Builder b = Direction.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case RELEASING:
          b.releasing(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case RECEIVING:
          b.receiving(Vocabulary.PARTY_ID.readPresent(p, ctx));
          break;
        case FIGURES:
          b.figures(Values.list(p, ctx, Vocabulary.RELEASE_FIGURE));
          break;
        case CUSTODY:
          b.custody(Vocabulary.CUSTODY.read(p, ctx));
          break;
        case RECEIVER_ROLE:
          b.receiverRole(Vocabulary.ROLE.read(p, ctx));
          break;
        case RELEASED_INTO:
          b.releasedInto(Vocabulary.PLACE_ID.readPresent(p, ctx));
          break;
        case PARTICIPANTS:
          b.participants(Values.list(p, ctx, Vocabulary.PARTICIPANT));
          break;
        case ROUTES:
          b.routes(Values.list(p, ctx, Vocabulary.ROUTE));
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
