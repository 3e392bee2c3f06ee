package dev.parley.json.codec.vocabulary;

import dev.parley.estimate.Estimate;
import dev.parley.estimate.EstimateKind;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCodec;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
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
final class EstimateCodec extends ObjectCodec<Estimate> {
  /**
   * The properties, in the order of the format description and of error messages; which figures an
   * estimate must or may have depends on its kind, so all of them are optional to the cursor.
   */
  private enum F {
    KIND,
    VALUE,
    LOW,
    BEST,
    HIGH
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.VALUE, F.LOW, F.BEST, F.HIGH);

  /** The figures, every property but {@code kind}. */
  private static final F[] FIGURES = {F.VALUE, F.LOW, F.BEST, F.HIGH};

  @Override
  public Class<Estimate> javaType() {
    return Estimate.class;
  }

  @Override
  protected void writeFields(Estimate value, TokenWriter g) throws IOException {
    FIELDS.write(g, F.KIND, value.kind(), Vocabulary.ESTIMATE_KIND);
    switch (value.kind()) {
      case EXACT:
        FIELDS.writeNumber(g, F.VALUE, value.low().getAsLong());
        break;
      case AT_LEAST:
        FIELDS.writeNumber(g, F.LOW, value.low().getAsLong());
        break;
      case RANGE:
        FIELDS.writeNumber(g, F.LOW, value.low().getAsLong());
        var bestValue = value.best();
        if (bestValue.isPresent()) {
          FIELDS.writeNumber(g, F.BEST, bestValue.getAsLong());
        }
        FIELDS.writeNumber(g, F.HIGH, value.high().getAsLong());
        break;
      case APPROXIMATE:
        FIELDS.writeNumber(g, F.VALUE, value.best().getAsLong());
        var firmLow = value.low();
        if (firmLow.isPresent()) {
          FIELDS.writeNumber(g, F.LOW, firmLow.getAsLong());
        }
        break;
      default:
        break;
    }
  }

  @Override
  public Estimate read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    EstimateKind kind = EstimateKind.UNKNOWN;
    long value = 0;
    long low = 0;
    long best = 0;
    long high = 0;
    long[] at = null;
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.KIND) {
        kind = Vocabulary.ESTIMATE_KIND.read(p, ctx);
        continue;
      }
      long figure = Values.longValue(p, ctx);
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
        case HIGH:
          high = figure;
          break;
        default:
          break;
      }
      if (!allowed(kind, f)) {
        // The kind may still follow; where the figure stood is kept for the error.
        if (at == null) {
          at = new long[F.values().length];
        }
        at[f.ordinal()] = ObjectCursor.position(p);
      }
    }
    for (F f : FIGURES) {
      if (c.has(f) && !allowed(kind, f)) {
        long where = java.util.Objects.requireNonNull(at)[f.ordinal()];
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
    for (F f : FIGURES) {
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
          return c.has(F.BEST) ? Estimate.range(low, best, high) : Estimate.range(low, high);
        case APPROXIMATE:
          return c.has(F.LOW) ? Estimate.about(value, low) : Estimate.about(value);
        default:
          return Estimate.unknown();
      }
    } catch (InvalidValueException e) {
      throw ctx.failAt(
          c.pointer(), c.start(), Kind.RULE_VIOLATION, e.getMessage(), e.violations(), e);
    }
  }

  /** Whether an estimate of a kind may have a figure; UNKNOWN, the default, has none. */
  private static boolean allowed(EstimateKind kind, F f) {
    switch (kind) {
      case EXACT:
        return f == F.VALUE;
      case AT_LEAST:
        return f == F.LOW;
      case RANGE:
        return f != F.VALUE;
      case APPROXIMATE:
        return f == F.VALUE || f == F.LOW;
      default:
        return false;
    }
  }

  /** Whether an estimate of a kind must have a figure. */
  private static boolean needed(EstimateKind kind, F f) {
    switch (kind) {
      case EXACT:
        return f == F.VALUE;
      case AT_LEAST:
        return f == F.LOW;
      case RANGE:
        return f == F.LOW || f == F.HIGH;
      case APPROXIMATE:
        return f == F.VALUE;
      default:
        return false;
    }
  }
}
