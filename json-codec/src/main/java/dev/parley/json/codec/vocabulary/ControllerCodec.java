package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCodec;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.PartyId;
import dev.parley.territory.Controller;
import dev.parley.territory.ControllerKind;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.List;

/**
 * Who an assessment says controls a place, as an object whose {@code kind} says whether a party
 * follows: {@code {"kind": "party", "party": "ru"}}, {@code {"kind": "contested"}}, {@code {"kind":
 * "unknown"}}. A {@code party} with another kind is an unknown property; a kind {@code party}
 * without one is a missing property.
 */
final class ControllerCodec extends ObjectCodec<Controller> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    KIND,
    PARTY
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.PARTY);

  @Override
  public Class<Controller> javaType() {
    return Controller.class;
  }

  @Override
  protected void writeFields(Controller value, TokenWriter g) throws IOException {
    FIELDS.write(g, F.KIND, value.kind(), Vocabulary.CONTROLLER_KIND);
    var partyValue = value.party();
    if (partyValue.isPresent()) {
      FIELDS.writeString(g, F.PARTY, partyValue.get().value());
    }
  }

  @Override
  public Controller read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    ControllerKind kind = ControllerKind.UNKNOWN;
    PartyId party = null;
    long partyAt = 0;
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.KIND) {
        kind = Vocabulary.CONTROLLER_KIND.read(p, ctx);
      } else {
        party = Vocabulary.PARTY_ID.read(p, ctx);
        partyAt = ObjectCursor.position(p);
      }
    }
    if (kind == ControllerKind.PARTY && party == null) {
      throw ctx.failAt(
          c.pointer(),
          c.start(),
          Kind.MISSING_PROPERTY,
          "missing required property \"party\" of a controller of kind " + EnumCodec.token(kind),
          List.of(),
          null);
    }
    if (kind != ControllerKind.PARTY && party != null) {
      throw ctx.failAt(
          c.pointer() + "/party",
          partyAt,
          Kind.UNKNOWN_PROPERTY,
          "property \"party\" is not allowed in a controller of kind " + EnumCodec.token(kind),
          List.of(),
          null);
    }
    try {
      switch (kind) {
        case PARTY:
          return Controller.party(java.util.Objects.requireNonNull(party));
        case CONTESTED:
          return Controller.contested();
        default:
          return Controller.unknown();
      }
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
