package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCodec;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.Token;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.territory.ClaimSubject;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * What a territorial claim is about, one of three shapes:
 *
 * <ul>
 *   <li>a place: {@code {"place": "ua:rakivka"}}
 *   <li>a region, optionally with its country: {@code {"region": "UA-63", "country": "UA"}}
 *   <li>a share of a country in percent, optionally approximate: {@code {"country": "UA",
 *       "percent": 20, "approximate": true}}
 * </ul>
 *
 * <p>The percentage is a JSON number read exactly, as a decimal, never through a {@code double}:
 * {@code 33.3333333333333333333} stays what it is. It is written in plain decimal form without
 * trailing zeros ({@code 20}, {@code 12.5}; the core treats {@code 20.0} and {@code 20} as equal),
 * so that equal values give equal bytes. A number whose plain form would be longer than {@link
 * dev.parley.json.format.JsonLimits#maxNumberLength()} ({@code 1e-999999}) is rejected as {@code
 * LIMIT_EXCEEDED}. {@code approximate} is written only when true. Which shape the properties make
 * is the core's rule {@code TERRITORY_SUBJECT_SHAPE}.
 */
final class ClaimSubjectCodec extends ObjectCodec<ClaimSubject> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    PLACE,
    REGION,
    COUNTRY,
    PERCENT,
    APPROXIMATE
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.PLACE, F.REGION, F.COUNTRY, F.PERCENT, F.APPROXIMATE);

  @Override
  public Class<ClaimSubject> javaType() {
    return ClaimSubject.class;
  }

  @Override
  protected void writeFields(ClaimSubject value, TokenWriter g) throws IOException {
    var placeValue = value.place();
    if (placeValue.isPresent()) {
      FIELDS.writeString(g, F.PLACE, placeValue.get().value());
    }
    var regionValue = value.region();
    if (regionValue.isPresent()) {
      FIELDS.writeString(g, F.REGION, regionValue.get().value());
    }
    var countryValue = value.country();
    if (countryValue.isPresent()) {
      FIELDS.writeString(g, F.COUNTRY, countryValue.get().value());
    }
    var percentValue = value.percent();
    if (percentValue.isPresent()) {
      FIELDS.name(g, F.PERCENT);
      g.writeNumber(percentValue.get().toPlainString());
    }
    FIELDS.writeBoolean(g, F.APPROXIMATE, value.approximate());
  }

  @Override
  public ClaimSubject read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    ClaimSubject.Builder b = ClaimSubject.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case PLACE:
          b.place(Vocabulary.PLACE_ID.readPresent(p, ctx));
          break;
        case REGION:
          b.region(Vocabulary.REGION.readPresent(p, ctx));
          break;
        case COUNTRY:
          b.country(Vocabulary.COUNTRY.readPresent(p, ctx));
          break;
        case PERCENT:
          b.percent(percent(p, ctx));
          break;
        case APPROXIMATE:
          b.approximate(bool(p, ctx));
          break;
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }

  /** Reads a JSON number exactly, refusing one too long to write out in plain form. */
  static BigDecimal percent(TokenReader p, ReadContext ctx) throws IOException {
    Token t = p.currentToken();
    if (t != Token.VALUE_NUMBER_INT && t != Token.VALUE_NUMBER_FLOAT) {
      throw ctx.wrongType(p, "a number");
    }
    BigDecimal d;
    try {
      d = p.getDecimalValue();
    } catch (NumberFormatException e) {
      throw ctx.fail(
          p,
          Kind.LIMIT_EXCEEDED,
          "number " + p.getText() + " has an exponent beyond the range of a decimal");
    }
    // The value in its shortest form, which the core keeps too: stripping shortens a fraction
    // (0e-2147483647 is 0), and is not applied to a huge negative scale, where it would overflow.
    BigDecimal n = d.signum() == 0 ? BigDecimal.ZERO : d.scale() > 0 ? d.stripTrailingZeros() : d;
    long plain =
        n.scale() <= 0
            ? (long) n.precision() - n.scale()
            : Math.max(n.precision(), n.scale() + 1L) + 1;
    if (n.signum() < 0) {
      plain++;
    }
    int max = ctx.limits().maxNumberLength();
    if (plain > max) {
      throw ctx.fail(
          p,
          Kind.LIMIT_EXCEEDED,
          "number "
              + p.getText()
              + " is "
              + plain
              + " chars long in plain decimal form, longer than the limit of "
              + max);
    }
    return n;
  }

  private static boolean bool(TokenReader p, ReadContext ctx) {
    Token t = p.currentToken();
    if (t != Token.VALUE_TRUE && t != Token.VALUE_FALSE) {
      throw ctx.wrongType(p, "a boolean");
    }
    return t == Token.VALUE_TRUE;
  }
}
