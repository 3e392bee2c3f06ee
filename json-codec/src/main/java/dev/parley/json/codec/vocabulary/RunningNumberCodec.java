package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.RunningNumber;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * {@code {"number": 63, "sources": [...]}}: a running number a source gave an exchange. Both are
 * required; the number is a JSON integer within the range of a 32-bit integer.
 */
final class RunningNumberCodec implements Codec<RunningNumber> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    NUMBER,
    SOURCES
  }

  private static final Fields<F> FIELDS = Fields.of(F.class);

  @Override
  public Class<RunningNumber> javaType() {
    return RunningNumber.class;
  }

  @Override
  public void write(RunningNumber value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeNumber(g, F.NUMBER, value.number());
    FIELDS.writeArray(g, F.SOURCES, value.sources(), Vocabulary.STATEMENT);
    g.writeEndObject();
  }

  @Override
  public RunningNumber read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    RunningNumber.Builder b = RunningNumber.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.NUMBER) {
        b.number(Values.intValue(p, ctx));
      } else {
        b.sources(Values.list(p, ctx, Vocabulary.STATEMENT));
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
