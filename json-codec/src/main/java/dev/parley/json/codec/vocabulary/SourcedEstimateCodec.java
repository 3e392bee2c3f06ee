package dev.parley.json.codec.vocabulary;

import dev.parley.estimate.Estimate;
import dev.parley.estimate.SourcedEstimate;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.provenance.Statement;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * {@code {"estimate": {"kind": "exact", "value": 2935}, "sources": [...]}}; {@code estimate}
 * required, {@code sources} at least one statement (a missing or empty list breaks {@code
 * ESTIMATE_UNSOURCED}).
 */
final class SourcedEstimateCodec implements Codec<SourcedEstimate> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ESTIMATE,
    SOURCES
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.SOURCES);

  @Override
  public Class<SourcedEstimate> javaType() {
    return SourcedEstimate.class;
  }

  @Override
  public void write(SourcedEstimate value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.ESTIMATE, value.estimate(), Vocabulary.ESTIMATE);
    FIELDS.writeArray(g, F.SOURCES, value.sources(), Vocabulary.STATEMENT);
    g.writeEndObject();
  }

  @Override
  public SourcedEstimate read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Estimate estimate = null;
    List<Statement> sources = List.of();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ESTIMATE:
          estimate = Vocabulary.ESTIMATE.read(p, ctx);
          break;
        case SOURCES:
          sources = Values.list(p, ctx, Vocabulary.STATEMENT);
          break;
      }
    }
    Estimate e = Objects.requireNonNull(estimate);
    List<Statement> s = sources;
    try {
      return SourcedEstimate.of(e, s);
    } catch (InvalidValueException broken) {
      throw c.violation(broken);
    }
  }
}
