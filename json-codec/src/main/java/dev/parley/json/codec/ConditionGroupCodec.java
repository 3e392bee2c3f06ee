package dev.parley.json.codec;

import dev.parley.ceasefire.Condition;
import dev.parley.ceasefire.ConditionGroup;
import java.io.IOException;
import java.util.List;

/**
 * {@code {"conditions": [...]}}: one alternative among several demands, its conditions meant
 * together; at least one condition (a missing or empty list breaks {@code
 * CEASEFIRE_CONDITION_GROUP_EMPTY}).
 */
final class ConditionGroupCodec implements Codec<ConditionGroup> {
  private static final FieldSet FIELDS = FieldSet.of("conditions?");

  @Override
  public Class<ConditionGroup> javaType() {
    return ConditionGroup.class;
  }

  @Override
  public void write(ConditionGroup value, TokenWriter g) throws IOException {
    g.writeStartObject();
    Elements.write(g, "conditions", value.conditions(), Vocabulary.CONDITION);
    g.writeEndObject();
  }

  @Override
  public ConditionGroup read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    List<Condition> conditions = List.of();
    while (c.next() >= 0) {
      conditions = ctx.list(p, Vocabulary.CONDITION);
    }
    List<Condition> all = conditions;
    return ctx.build(c, () -> ConditionGroup.of(all));
  }
}
