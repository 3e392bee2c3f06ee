package dev.parley.json.codec;

import dev.parley.exchange.RunningNumber;
import java.io.IOException;

/**
 * {@code {"number": 63, "sources": [...]}}: a running number a source gave an exchange. Both are
 * required; the number is a JSON integer within the range of a 32-bit integer.
 */
final class RunningNumberCodec implements Codec<RunningNumber> {
  private static final FieldSet FIELDS = FieldSet.of("number", "sources");

  @Override
  public Class<RunningNumber> javaType() {
    return RunningNumber.class;
  }

  @Override
  public void write(RunningNumber value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("number", value.number());
    ListFields.write("sources", value.sources(), Vocabulary.STATEMENT, g);
    g.writeEndObject();
  }

  @Override
  public RunningNumber read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    RunningNumber.Builder b = RunningNumber.builder();
    for (int f; (f = c.next()) >= 0; ) {
      if (FIELDS.name(f).equals("number")) {
        b.number(ExchangeCodec.intValue(p, ctx));
      } else {
        b.sources(ctx.list(p, Vocabulary.STATEMENT));
      }
    }
    return ctx.build(c, b::build);
  }
}
