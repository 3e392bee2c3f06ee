package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.FieldSet;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.util.Map;

/**
 * {@code {"total": {"kind": "exact", "value": 390}, "breakdown": {"military": 270, "civilian":
 * 120}, "statements": [...]}}: one figure of one direction of an exchange.
 *
 * <p>The breakdown is an object whose property names are release category tokens, written in the
 * order of the categories (military, civilian, wounded_or_sick, minor, bodies, other) so that equal
 * figures are written as identical bytes; a category the source does not give is left out. An empty
 * breakdown and an empty list of statements are left out; reading accepts {@code {}} and {@code []}
 * for them. {@code notables}, the released people the figure names (counted inside it), is left out
 * when empty and accepts {@code []}.
 */
final class ReleaseFigureCodec implements Codec<ReleaseFigure> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    TOTAL,
    BREAKDOWN,
    STATEMENTS,
    NOTABLES,
    PARTS
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.BREAKDOWN, F.STATEMENTS, F.NOTABLES, F.PARTS);
  private static final ReleaseCategory[] CATEGORIES = ReleaseCategory.values();
  private static final FieldSet CATEGORY_FIELDS = categoryFields();

  @Override
  public Class<ReleaseFigure> javaType() {
    return ReleaseFigure.class;
  }

  @Override
  public void write(ReleaseFigure value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.TOTAL, value.total(), Vocabulary.ESTIMATE);
    Map<ReleaseCategory, Long> breakdown = value.breakdown();
    if (!breakdown.isEmpty()) {
      FIELDS.name(g, F.BREAKDOWN);
      g.writeStartObject();
      for (ReleaseCategory category : CATEGORIES) {
        Long n = breakdown.get(category);
        if (n != null) {
          g.writeFieldName(CATEGORY_FIELDS.serialized(category.ordinal()));
          g.writeNumber(n.longValue());
        }
      }
      g.writeEndObject();
    }
    FIELDS.writeArray(g, F.STATEMENTS, value.statements(), Vocabulary.STATEMENT);
    FIELDS.writeArray(g, F.NOTABLES, value.notables(), Vocabulary.NOTABLE_RELEASE);
    FIELDS.writeArray(g, F.PARTS, value.parts(), Vocabulary.FIGURE_PART);
    g.writeEndObject();
  }

  @Override
  public ReleaseFigure read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    ReleaseFigure.Builder b = ReleaseFigure.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case TOTAL:
          b.total(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case BREAKDOWN:
          readBreakdown(p, ctx, b);
          break;
        case STATEMENTS:
          b.statements(Values.list(p, ctx, Vocabulary.STATEMENT));
          break;
        case NOTABLES:
          b.notables(Values.list(p, ctx, Vocabulary.NOTABLE_RELEASE));
          break;
        case PARTS:
          b.parts(Values.list(p, ctx, Vocabulary.FIGURE_PART));
          break;
      }
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }

  private static void readBreakdown(TokenReader p, ReadContext ctx, ReleaseFigure.Builder b)
      throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, CATEGORY_FIELDS);
    for (int f; (f = c.next()) >= 0; ) {
      b.putBreakdown(CATEGORIES[f], Values.longValue(p, ctx));
    }
  }

  private static FieldSet categoryFields() {
    String[] names = new String[CATEGORIES.length];
    for (ReleaseCategory category : CATEGORIES) {
      names[category.ordinal()] = EnumCodec.token(category) + "?";
    }
    return FieldSet.of(names);
  }
}
