package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.ReportedTotal;
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
 * {@code {"releasing": "ru", "category": "bodies", "total": {"kind": "exact", "value": 1212},
 * "asOf": "2025-06-11", "sources": [...]}}: a cumulative total a source reported for an agreement;
 * {@code category} is left out when the total counts everyone.
 */
final class ReportedTotalCodec implements Codec<ReportedTotal> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    RELEASING,
    CATEGORY,
    TOTAL,
    AS_OF,
    SOURCES
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.CATEGORY);

  @Override
  public Class<ReportedTotal> javaType() {
    return ReportedTotal.class;
  }

  @Override
  public void write(ReportedTotal value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.RELEASING, value.releasing().value());
    FIELDS.writeIfPresent(g, F.CATEGORY, value.category(), Vocabulary.RELEASE_CATEGORY);
    FIELDS.write(g, F.TOTAL, value.total(), Vocabulary.ESTIMATE);
    FIELDS.write(g, F.AS_OF, value.asOf(), Vocabulary.REPORTED_DATE);
    FIELDS.writeArray(g, F.SOURCES, value.sources(), Vocabulary.STATEMENT);
    g.writeEndObject();
  }

  @Override
  public ReportedTotal read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    ReportedTotal.Builder b = ReportedTotal.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case RELEASING:
          b.releasing(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case CATEGORY:
          b.category(Vocabulary.RELEASE_CATEGORY.readPresent(p, ctx));
          break;
        case TOTAL:
          b.total(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case AS_OF:
          b.asOf(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        default:
          b.sources(Values.list(p, ctx, Vocabulary.STATEMENT));
          break;
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
