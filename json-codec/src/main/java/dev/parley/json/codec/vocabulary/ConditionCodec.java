package dev.parley.json.codec.vocabulary;

import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionTiming;
import dev.parley.ceasefire.ConditionType;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.party.PartyId;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code {"kind": "territorial_concession", "demandedBy": "ru", "text": "giving up more land",
 * "timing": "precondition"}}, every property required; {@code kind} is the condition's type.
 */
final class ConditionCodec implements Codec<Condition> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    KIND,
    DEMANDED_BY,
    TEXT,
    TIMING
  }

  private static final Fields<F> FIELDS = Fields.of(F.class);

  @Override
  public Class<Condition> javaType() {
    return Condition.class;
  }

  @Override
  public void write(Condition value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.KIND, value.type(), Vocabulary.CONDITION_TYPE);
    FIELDS.writeString(g, F.DEMANDED_BY, value.demandedBy().value());
    FIELDS.writeString(g, F.TEXT, value.text());
    FIELDS.write(g, F.TIMING, value.timing(), Vocabulary.CONDITION_TIMING);
    g.writeEndObject();
  }

  @Override
  public Condition read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    ConditionType type = null;
    PartyId demandedBy = null;
    String text = null;
    ConditionTiming timing = null;
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case KIND:
          type = Vocabulary.CONDITION_TYPE.read(p, ctx);
          break;
        case DEMANDED_BY:
          demandedBy = Vocabulary.PARTY_ID.read(p, ctx);
          break;
        case TEXT:
          text = Values.string(p, ctx);
          break;
        case TIMING:
          timing = Vocabulary.CONDITION_TIMING.read(p, ctx);
          break;
      }
    }
    ConditionType ty = Objects.requireNonNull(type);
    PartyId by = Objects.requireNonNull(demandedBy);
    String te = Objects.requireNonNull(text);
    ConditionTiming ti = Objects.requireNonNull(timing);
    try {
      return Condition.of(ty, by, te, ti);
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
