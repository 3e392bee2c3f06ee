package dev.parley.json.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.parley.estimate.Estimate;
import dev.parley.estimate.EstimateKind;
import dev.parley.json.ParleyJsonException.Kind;
import java.io.IOException;
import java.util.List;

/**
 * An estimate as an object whose {@code kind} says which figures it has.
 *
 * <ul>
 *   <li>{@code {"kind": "exact", "value": 8}}
 *   <li>{@code {"kind": "at_least", "low": 20}}
 *   <li>{@code {"kind": "range", "low": 6, "best": 8, "high": 10}}, {@code best} optional
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
  public void write(Estimate value, JsonGenerator g) throws IOException {
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
        if (value.best().isPresent()) {
          g.writeNumberField("best", value.best().getAsLong());
        }
        g.writeNumberField("high", value.high().getAsLong());
        break;
      default:
        break;
    }
    g.writeEndObject();
  }

  @Override
  public Estimate read(JsonParser p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    EstimateKind kind = EstimateKind.UNKNOWN;
    long[] figures = new long[FIELDS.size()];
    JsonLocation[] at = new JsonLocation[FIELDS.size()];
    for (int f; (f = c.next()) >= 0; ) {
      if (f == KIND) {
        kind = Vocabulary.ESTIMATE_KIND.read(p, ctx);
      } else {
        figures[f] = ctx.longValue(p);
        at[f] = p.currentTokenLocation();
      }
    }
    boolean[] allowed = new boolean[FIELDS.size()];
    boolean[] needed = new boolean[FIELDS.size()];
    switch (kind) {
      case EXACT:
        allowed[VALUE] = needed[VALUE] = true;
        break;
      case AT_LEAST:
        allowed[LOW] = needed[LOW] = true;
        break;
      case RANGE:
        allowed[LOW] = needed[LOW] = true;
        allowed[HIGH] = needed[HIGH] = true;
        allowed[BEST] = true;
        break;
      default:
        break;
    }
    String token = EnumCodec.token(kind);
    for (int f = VALUE; f <= HIGH; f++) {
      if (c.has(f) && !allowed[f]) {
        throw ctx.failAt(c.pointer() + "/" + FIELDS.name(f), at[f], Kind.UNKNOWN_PROPERTY,
            "property \"" + FIELDS.name(f) + "\" is not allowed in an estimate of kind " + token, List.of(), null);
      }
    }
    for (int f = VALUE; f <= HIGH; f++) {
      if (needed[f] && !c.has(f)) {
        throw ctx.failAt(c.pointer(), c.start(), Kind.MISSING_PROPERTY,
            "missing required property \"" + FIELDS.name(f) + "\" of an estimate of kind " + token, List.of(), null);
      }
    }
    EstimateKind k = kind;
    boolean hasBest = c.has(BEST);
    return ctx.build(c, () -> {
      switch (k) {
        case EXACT:
          return Estimate.exact(figures[VALUE]);
        case AT_LEAST:
          return Estimate.atLeast(figures[LOW]);
        case RANGE:
          return hasBest
              ? Estimate.range(figures[LOW], figures[BEST], figures[HIGH])
              : Estimate.range(figures[LOW], figures[HIGH]);
        default:
          return Estimate.unknown();
      }
    });
  }
}
