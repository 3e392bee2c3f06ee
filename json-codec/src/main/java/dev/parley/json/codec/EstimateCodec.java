package dev.parley.json.codec;

import dev.parley.estimate.Estimate;
import dev.parley.estimate.EstimateKind;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.List;

/**
 * An estimate as an object whose {@code kind} says which figures it has.
 *
 * <ul>
 *   <li>{@code {"kind": "exact", "value": 8}}
 *   <li>{@code {"kind": "at_least", "low": 20}}
 *   <li>{@code {"kind": "range", "low": 6, "best": 8, "high": 10}}, {@code best} optional
 *   <li>{@code {"kind": "approximate", "value": 900}} ("about 900"), with {@code low} only when a
 *       sum carried a firm lower bound: {@code {"kind": "approximate", "value": 892, "low": 5}}
 *   <li>{@code {"kind": "unknown"}}
 * </ul>
 */
final class EstimateCodec implements Codec<Estimate> {
  private static final FieldSet FIELDS = FieldSet.of("kind", "value?", "low?", "best?", "high?");
  private static final int KIND = 0;
  private static final int VALUE = 1;
  private static final int LOW = 2;
  private static final int BEST = 3;
  private static final int HIGH = 4;

  @Override
  public Class<Estimate> javaType() {
    return Estimate.class;
  }

  @Override
  public void write(Estimate value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("kind");
    Vocabulary.ESTIMATE_KIND.write(value.kind(), g);
    switch (value.kind()) {
      case EXACT:
        g.writeNumberField("value", value.low().getAsLong());
        break;
      case AT_LEAST:
        g.writeNumberField("low", value.low().getAsLong());
        break;
      case RANGE:
        g.writeNumberField("low", value.low().getAsLong());
        var bestValue = value.best();
        if (bestValue.isPresent()) {
          g.writeNumberField("best", bestValue.getAsLong());
        }
        g.writeNumberField("high", value.high().getAsLong());
        break;
      case APPROXIMATE:
        g.writeNumberField("value", value.best().getAsLong());
        var firmLow = value.low();
        if (firmLow.isPresent()) {
          g.writeNumberField("low", firmLow.getAsLong());
        }
        break;
      default:
        break;
    }
    g.writeEndObject();
  }

  @Override
  public Estimate read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    EstimateKind kind = EstimateKind.UNKNOWN;
    long value = 0;
    long low = 0;
    long best = 0;
    long high = 0;
    long[] at = null;
    for (int f; (f = c.next()) >= 0; ) {
      if (f == KIND) {
        kind = Vocabulary.ESTIMATE_KIND.read(p, ctx);
        continue;
      }
      long figure = ctx.longValue(p);
      switch (f) {
        case VALUE:
          value = figure;
          break;
        case LOW:
          low = figure;
          break;
        case BEST:
          best = figure;
          break;
        default:
          high = figure;
          break;
      }
      if (!allowed(kind, f)) {
        // The kind may still follow; where the figure stood is kept for the error.
        if (at == null) {
          at = new long[FIELDS.size()];
        }
        at[f] = ObjectCursor.position(p);
      }
    }
    for (int f = VALUE; f <= HIGH; f++) {
      if (c.has(f) && !allowed(kind, f)) {
        long where = java.util.Objects.requireNonNull(at)[f];
        throw ctx.failAt(
            c.pointer() + "/" + FIELDS.name(f),
            where,
            Kind.UNKNOWN_PROPERTY,
            "property \""
                + FIELDS.name(f)
                + "\" is not allowed in an estimate of kind "
                + EnumCodec.token(kind),
            List.of(),
            null);
      }
    }
    for (int f = VALUE; f <= HIGH; f++) {
      if (needed(kind, f) && !c.has(f)) {
        throw ctx.failAt(
            c.pointer(),
            c.start(),
            Kind.MISSING_PROPERTY,
            "missing required property \""
                + FIELDS.name(f)
                + "\" of an estimate of kind "
                + EnumCodec.token(kind),
            List.of(),
            null);
      }
    }
    try {
      switch (kind) {
        case EXACT:
          return Estimate.exact(value);
        case AT_LEAST:
          return Estimate.atLeast(low);
        case RANGE:
          return c.has(BEST) ? Estimate.range(low, best, high) : Estimate.range(low, high);
        case APPROXIMATE:
          return c.has(LOW) ? Estimate.about(value, low) : Estimate.about(value);
        default:
          return Estimate.unknown();
      }
    } catch (InvalidValueException e) {
      throw ctx.failAt(
          c.pointer(), c.start(), Kind.RULE_VIOLATION, e.getMessage(), e.violations(), e);
    }
  }

  /** Whether an estimate of a kind may have a figure; UNKNOWN, the default, has none. */
  private static boolean allowed(EstimateKind kind, int f) {
    switch (kind) {
      case EXACT:
        return f == VALUE;
      case AT_LEAST:
        return f == LOW;
      case RANGE:
        return f != VALUE;
      case APPROXIMATE:
        return f == VALUE || f == LOW;
      default:
        return false;
    }
  }

  /** Whether an estimate of a kind must have a figure. */
  private static boolean needed(EstimateKind kind, int f) {
    switch (kind) {
      case EXACT:
        return f == VALUE;
      case AT_LEAST:
        return f == LOW;
      case RANGE:
        return f == LOW || f == HIGH;
      case APPROXIMATE:
        return f == VALUE;
      default:
        return false;
    }
  }
}
