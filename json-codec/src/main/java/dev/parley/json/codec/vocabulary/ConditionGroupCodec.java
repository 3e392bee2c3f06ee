package dev.parley.json.codec.vocabulary;

import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionGroup;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.List;

/**
 * {@code {"conditions": [...]}}: one alternative among several demands, its conditions meant
 * together; at least one condition (a missing or empty list breaks {@code
 * CEASEFIRE_CONDITION_GROUP_EMPTY}).
 */
final class ConditionGroupCodec implements Codec<ConditionGroup> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    CONDITIONS
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.CONDITIONS);

  @Override
  public Class<ConditionGroup> javaType() {
    return ConditionGroup.class;
  }

  @Override
  public void write(ConditionGroup value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeArray(g, F.CONDITIONS, value.conditions(), Vocabulary.CONDITION);
    g.writeEndObject();
  }

  @Override
  public ConditionGroup read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    List<Condition> conditions = List.of();
    while (c.next(FIELDS) != null) {
      conditions = Values.list(p, ctx, Vocabulary.CONDITION);
    }
    List<Condition> all = conditions;
    try {
      return ConditionGroup.of(all);
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
