package dev.parley.json.codec;

import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.party.PartyId;
import dev.parley.territory.Controller;
import dev.parley.territory.ControllerKind;
import java.io.IOException;
import java.util.List;

/**
 * Who an assessment says controls a place, as an object whose {@code kind} says whether a party
 * follows: {@code {"kind": "party", "party": "ru"}}, {@code {"kind": "contested"}}, {@code {"kind":
 * "unknown"}}. A {@code party} with another kind is an unknown property; a kind {@code party}
 * without one is a missing property.
 */
final class ControllerCodec implements Codec<Controller> {
  private static final FieldSet FIELDS = FieldSet.of("kind", "party?");

  @Override
  public Class<Controller> javaType() {
    return Controller.class;
  }

  @Override
  public void write(Controller value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("kind");
    Vocabulary.CONTROLLER_KIND.write(value.kind(), g);
    var partyValue = value.party();
    if (partyValue.isPresent()) {
      g.writeStringField("party", partyValue.get().value());
    }
    g.writeEndObject();
  }

  @Override
  public Controller read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    ControllerKind kind = ControllerKind.UNKNOWN;
    PartyId party = null;
    long partyAt = 0;
    for (int f; (f = c.next()) >= 0; ) {
      if (f == 0) {
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
    ControllerKind k = kind;
    PartyId pa = party;
    return ctx.build(
        c,
        () -> {
          switch (k) {
            case PARTY:
              return Controller.party(java.util.Objects.requireNonNull(pa));
            case CONTESTED:
              return Controller.contested();
            default:
              return Controller.unknown();
          }
        });
  }
}
