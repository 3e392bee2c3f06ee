package dev.parley.json.codec;

import dev.parley.exchange.Custody;
import java.io.IOException;

/**
 * {@code {"custodian": "tr", "count": 5, "terms": "until_event", "condition": "until the end of the
 * war", "ended": "2023-07-08"}}: the third party that holds a direction's released people. {@code
 * until} is given for {@code until_date} terms and {@code condition} for {@code until_event} terms
 * ({@code EXCHANGE_CUSTODY_TERMS}); {@code count}, {@code until}, {@code condition} and {@code
 * ended} are left out when absent.
 */
final class CustodyCodec implements Codec<Custody> {
  private static final FieldSet FIELDS =
      FieldSet.of("custodian", "count?", "terms", "until?", "condition?", "ended?");

  @Override
  public Class<Custody> javaType() {
    return Custody.class;
  }

  @Override
  public void write(Custody value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("custodian", value.custodian().value());
    if (value.count().isPresent()) {
      g.writeNumberField("count", value.count().getAsLong());
    }
    g.writeFieldName("terms");
    Vocabulary.CUSTODY_TERMS.write(value.terms(), g);
    if (value.until().isPresent()) {
      g.writeFieldName("until");
      Vocabulary.REPORTED_DATE.write(value.until().get(), g);
    }
    if (value.condition().isPresent()) {
      g.writeStringField("condition", value.condition().get());
    }
    if (value.ended().isPresent()) {
      g.writeFieldName("ended");
      Vocabulary.REPORTED_DATE.write(value.ended().get(), g);
    }
    g.writeEndObject();
  }

  @Override
  public Custody read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Custody.Builder b = Custody.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (FIELDS.name(f)) {
        case "custodian":
          b.custodian(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case "count":
          b.count(ctx.longValue(p));
          break;
        case "terms":
          b.terms(Vocabulary.CUSTODY_TERMS.read(p, ctx));
          break;
        case "until":
          b.until(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case "condition":
          b.condition(ctx.string(p));
          break;
        default:
          b.ended(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
