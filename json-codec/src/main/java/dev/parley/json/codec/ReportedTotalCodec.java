package dev.parley.json.codec;

import dev.parley.exchange.ReportedTotal;
import java.io.IOException;

/**
 * {@code {"releasing": "ru", "category": "bodies", "total": {"kind": "exact", "value": 1212},
 * "asOf": "2025-06-11", "sources": [...]}}: a cumulative total a source reported for an agreement;
 * {@code category} is left out when the total counts everyone.
 */
final class ReportedTotalCodec implements Codec<ReportedTotal> {
  private static final FieldSet FIELDS =
      FieldSet.of("releasing", "category?", "total", "asOf", "sources");

  @Override
  public Class<ReportedTotal> javaType() {
    return ReportedTotal.class;
  }

  @Override
  public void write(ReportedTotal value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("releasing", value.releasing().value());
    if (value.category().isPresent()) {
      g.writeFieldName("category");
      Vocabulary.RELEASE_CATEGORY.write(value.category().get(), g);
    }
    g.writeFieldName("total");
    Vocabulary.ESTIMATE.write(value.total(), g);
    g.writeFieldName("asOf");
    Vocabulary.REPORTED_DATE.write(value.asOf(), g);
    ListFields.write("sources", value.sources(), Vocabulary.STATEMENT, g);
    g.writeEndObject();
  }

  @Override
  public ReportedTotal read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    ReportedTotal.Builder b = ReportedTotal.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (FIELDS.name(f)) {
        case "releasing":
          b.releasing(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case "category":
          b.category(Vocabulary.RELEASE_CATEGORY.read(p, ctx));
          break;
        case "total":
          b.total(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case "asOf":
          b.asOf(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        default:
          b.sources(ctx.list(p, Vocabulary.STATEMENT));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
