package dev.parley.json.codec;

import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionTiming;
import dev.parley.ceasefire.ConditionType;
import dev.parley.party.PartyId;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code {"kind": "territorial_concession", "demandedBy": "ru", "text": "giving up more land",
 * "timing": "precondition"}}, every property required; {@code kind} is the condition's type.
 */
final class ConditionCodec implements Codec<Condition> {
  private static final FieldSet FIELDS = FieldSet.of("kind", "demandedBy", "text", "timing");

  @Override
  public Class<Condition> javaType() {
    return Condition.class;
  }

  @Override
  public void write(Condition value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("kind");
    Vocabulary.CONDITION_TYPE.write(value.type(), g);
    g.writeStringField("demandedBy", value.demandedBy().value());
    g.writeStringField("text", value.text());
    g.writeFieldName("timing");
    Vocabulary.CONDITION_TIMING.write(value.timing(), g);
    g.writeEndObject();
  }

  @Override
  public Condition read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    ConditionType type = null;
    PartyId demandedBy = null;
    String text = null;
    ConditionTiming timing = null;
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          type = Vocabulary.CONDITION_TYPE.read(p, ctx);
          break;
        case 1:
          demandedBy = Vocabulary.PARTY_ID.read(p, ctx);
          break;
        case 2:
          text = ctx.string(p);
          break;
        default:
          timing = Vocabulary.CONDITION_TIMING.read(p, ctx);
          break;
      }
    }
    ConditionType ty = Objects.requireNonNull(type);
    PartyId by = Objects.requireNonNull(demandedBy);
    String te = Objects.requireNonNull(text);
    ConditionTiming ti = Objects.requireNonNull(timing);
    return ctx.build(c, () -> Condition.of(ty, by, te, ti));
  }
}
