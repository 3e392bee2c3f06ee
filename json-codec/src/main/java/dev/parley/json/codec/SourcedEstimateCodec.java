package dev.parley.json.codec;

import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.provenance.Statement;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * {@code {"estimate": {"kind": "exact", "value": 2935}, "sources": [...]}}; {@code estimate}
 * required, {@code sources} at least one statement (a missing or empty list breaks {@code
 * ESTIMATE_UNSOURCED}).
 */
final class SourcedEstimateCodec implements Codec<SourcedEstimate> {
  private static final FieldSet FIELDS = FieldSet.of("estimate", "sources?");

  @Override
  public Class<SourcedEstimate> javaType() {
    return SourcedEstimate.class;
  }

  @Override
  public void write(SourcedEstimate value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("estimate");
    Vocabulary.ESTIMATE.write(value.estimate(), g);
    Elements.write(g, "sources", value.sources(), Vocabulary.STATEMENT);
    g.writeEndObject();
  }

  @Override
  public SourcedEstimate read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Estimate estimate = null;
    List<Statement> sources = List.of();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          estimate = Vocabulary.ESTIMATE.read(p, ctx);
          break;
        default:
          sources = ctx.list(p, Vocabulary.STATEMENT);
          break;
      }
    }
    Estimate e = Objects.requireNonNull(estimate);
    List<Statement> s = sources;
    return ctx.build(c, () -> SourcedEstimate.of(e, s));
  }
}
