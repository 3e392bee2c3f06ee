package dev.parley.json.codec;

import dev.parley.exchange.ReleaseCategory;
import dev.parley.exchange.ReleaseFigure;
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
  private static final FieldSet FIELDS =
      FieldSet.of("total", "breakdown?", "statements?", "notables?", "parts?");
  private static final ReleaseCategory[] CATEGORIES = ReleaseCategory.values();
  private static final FieldSet BREAKDOWN = breakdownFields();

  @Override
  public Class<ReleaseFigure> javaType() {
    return ReleaseFigure.class;
  }

  @Override
  public void write(ReleaseFigure value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("total");
    Vocabulary.ESTIMATE.write(value.total(), g);
    Map<ReleaseCategory, Long> breakdown = value.breakdown();
    if (!breakdown.isEmpty()) {
      g.writeFieldName("breakdown");
      g.writeStartObject();
      for (ReleaseCategory category : CATEGORIES) {
        Long n = breakdown.get(category);
        if (n != null) {
          g.writeNumberField(BREAKDOWN.name(category.ordinal()), n);
        }
      }
      g.writeEndObject();
    }
    if (!value.statements().isEmpty()) {
      g.writeFieldName("statements");
      g.writeStartArray();
      for (var s : value.statements()) {
        Vocabulary.STATEMENT.write(s, g);
      }
      g.writeEndArray();
    }
    ListFields.writeUnlessEmpty("notables", value.notables(), Vocabulary.NOTABLE_RELEASE, g);
    ListFields.writeUnlessEmpty("parts", value.parts(), Vocabulary.FIGURE_PART, g);
    g.writeEndObject();
  }

  @Override
  public ReleaseFigure read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    ReleaseFigure.Builder b = ReleaseFigure.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.total(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case 1:
          readBreakdown(p, ctx, b);
          break;
        case 2:
          b.statements(ctx.list(p, Vocabulary.STATEMENT));
          break;
        case 3:
          b.notables(ctx.list(p, Vocabulary.NOTABLE_RELEASE));
          break;
        default:
          b.parts(ctx.list(p, Vocabulary.FIGURE_PART));
          break;
      }
    }
    return ctx.build(c, b::build);
  }

  private static void readBreakdown(TokenReader p, ReadContext ctx, ReleaseFigure.Builder b)
      throws IOException {
    ObjectCursor c = ctx.object(p, BREAKDOWN);
    for (int f; (f = c.next()) >= 0; ) {
      b.putBreakdown(CATEGORIES[f], ctx.longValue(p));
    }
  }

  private static FieldSet breakdownFields() {
    String[] names = new String[CATEGORIES.length];
    for (ReleaseCategory category : CATEGORIES) {
      names[category.ordinal()] = EnumCodec.token(category) + "?";
    }
    return FieldSet.of(names);
  }
}
