package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.Objects;

/** {@code {"source": {...}, "stance": "confirms"}}. */
final class StatementCodec implements Codec<Statement> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    SOURCE,
    STANCE
  }

  private static final Fields<F> FIELDS = Fields.of(F.class);

  @Override
  public Class<Statement> javaType() {
    return Statement.class;
  }

  @Override
  public void write(Statement value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.SOURCE, value.source(), Vocabulary.SOURCE);
    FIELDS.write(g, F.STANCE, value.stance(), Vocabulary.STANCE);
    g.writeEndObject();
  }

  @Override
  public Statement read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Source source = null;
    Stance stance = null;
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.SOURCE) {
        source = Vocabulary.SOURCE.read(p, ctx);
      } else {
        stance = Vocabulary.STANCE.read(p, ctx);
      }
    }
    Source so = Objects.requireNonNull(source);
    Stance st = Objects.requireNonNull(stance);
    try {
      return Statement.of(so, st);
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
