package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.Custody;
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
 * {@code {"custodian": "tr", "count": 5, "terms": "until_event", "condition": "until the end of the
 * war", "ended": "2023-07-08"}}: the third party that holds a direction's released people. {@code
 * until} is given for {@code until_date} terms and {@code condition} for {@code until_event} terms
 * ({@code EXCHANGE_CUSTODY_TERMS}); {@code count}, {@code until}, {@code condition} and {@code
 * ended} are left out when absent.
 */
final class CustodyCodec implements Codec<Custody> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    CUSTODIAN,
    COUNT,
    TERMS,
    UNTIL,
    CONDITION,
    ENDED
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.COUNT, F.UNTIL, F.CONDITION, F.ENDED);

  @Override
  public Class<Custody> javaType() {
    return Custody.class;
  }

  @Override
  public void write(Custody value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.CUSTODIAN, value.custodian().value());
    FIELDS.writeIfPresent(g, F.COUNT, value.count());
    FIELDS.write(g, F.TERMS, value.terms(), Vocabulary.CUSTODY_TERMS);
    FIELDS.writeIfPresent(g, F.UNTIL, value.until(), Vocabulary.REPORTED_DATE);
    FIELDS.writeStringIfPresent(g, F.CONDITION, value.condition());
    FIELDS.writeIfPresent(g, F.ENDED, value.ended(), Vocabulary.REPORTED_DATE);
    g.writeEndObject();
  }

  @Override
  public Custody read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Custody.Builder b = Custody.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case CUSTODIAN:
          b.custodian(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case COUNT:
          b.count(Values.longValue(p, ctx));
          break;
        case TERMS:
          b.terms(Vocabulary.CUSTODY_TERMS.read(p, ctx));
          break;
        case UNTIL:
          b.until(Vocabulary.REPORTED_DATE.readPresent(p, ctx));
          break;
        case CONDITION:
          b.condition(Values.string(p, ctx));
          break;
        default:
          b.ended(Vocabulary.REPORTED_DATE.readPresent(p, ctx));
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
