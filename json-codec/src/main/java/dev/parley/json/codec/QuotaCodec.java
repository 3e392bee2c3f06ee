package dev.parley.json.codec;

import dev.parley.exchange.Quota;
import java.io.IOException;

/**
 * {@code {"releasing": "ru", "count": 1000}}, {@code {"releasing": "ua", "count": 6000, "category":
 * "bodies"}} or {@code {"releasing": "ru", "category": "wounded_or_sick", "description": "all
 * seriously wounded"}}: what one side of an agreement undertakes to release. {@code ages}, the age
 * bracket of a subgroup ({@code {"from": 18, "to": 25}}), is left out when absent. {@code
 * jointWith} (the other parties sharing a joint quota, {@code ["coalition"]}) is left out when
 * empty, and {@code ratio} (a ratio quota's {@code {"released": 3, "per": 1, "counterpart":
 * "hamas"}}) when absent.
 */
final class QuotaCodec implements Codec<Quota> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "releasing", "count?", "category?", "description?", "ages?", "jointWith?", "ratio?");

  @Override
  public Class<Quota> javaType() {
    return Quota.class;
  }

  @Override
  public void write(Quota value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("releasing", value.releasing().value());
    var countValue = value.count();
    if (countValue.isPresent()) {
      g.writeNumberField("count", countValue.getAsLong());
    }
    var categoryValue = value.category();
    if (categoryValue.isPresent()) {
      g.writeFieldName("category");
      Vocabulary.RELEASE_CATEGORY.write(categoryValue.get(), g);
    }
    var descriptionValue = value.description();
    if (descriptionValue.isPresent()) {
      g.writeStringField("description", descriptionValue.get());
    }
    if (value.ages().isPresent()) {
      g.writeFieldName("ages");
      Vocabulary.AGE_RANGE.write(value.ages().get(), g);
    }
    Elements.write(g, "jointWith", value.jointWith(), Vocabulary.PARTY_ID);
    if (value.ratio().isPresent()) {
      g.writeFieldName("ratio");
      Vocabulary.QUOTA_RATIO.write(value.ratio().get(), g);
    }
    g.writeEndObject();
  }

  @Override
  public Quota read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Quota.Builder b = Quota.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.releasing(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 1:
          b.count(ctx.longValue(p));
          break;
        case 2:
          b.category(Vocabulary.RELEASE_CATEGORY.read(p, ctx));
          break;
        case 3:
          b.description(ctx.string(p));
          break;
        case 4:
          b.ages(Vocabulary.AGE_RANGE.read(p, ctx));
          break;
        case 5:
          b.jointWith(ctx.list(p, Vocabulary.PARTY_ID));
          break;
        default:
          b.ratio(Vocabulary.QUOTA_RATIO.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
