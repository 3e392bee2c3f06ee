package dev.parley.json.codec;

import dev.parley.provenance.Source;
import dev.parley.provenance.Stance;
import dev.parley.provenance.Statement;
import java.io.IOException;
import java.util.Objects;

/** {@code {"source": {...}, "stance": "confirms"}}. */
final class StatementCodec implements Codec<Statement> {
  private static final FieldSet FIELDS = FieldSet.of("source", "stance");

  @Override
  public Class<Statement> javaType() {
    return Statement.class;
  }

  @Override
  public void write(Statement value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("source");
    Vocabulary.SOURCE.write(value.source(), g);
    g.writeFieldName("stance");
    Vocabulary.STANCE.write(value.stance(), g);
    g.writeEndObject();
  }

  @Override
  public Statement read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Source source = null;
    Stance stance = null;
    for (int f; (f = c.next()) >= 0; ) {
      if (f == 0) {
        source = Vocabulary.SOURCE.read(p, ctx);
      } else {
        stance = Vocabulary.STANCE.read(p, ctx);
      }
    }
    Source so = Objects.requireNonNull(source);
    Stance st = Objects.requireNonNull(stance);
    return ctx.build(c, () -> Statement.of(so, st));
  }
}
