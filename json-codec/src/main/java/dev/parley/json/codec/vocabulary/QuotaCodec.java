package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.Quota;
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
 * {@code {"releasing": "ru", "count": 1000}}, {@code {"releasing": "ua", "count": 6000, "category":
 * "bodies"}} or {@code {"releasing": "ru", "category": "wounded_or_sick", "description": "all
 * seriously wounded"}}: what one side of an agreement undertakes to release. {@code ages}, the age
 * bracket of a subgroup ({@code {"from": 18, "to": 25}}), is left out when absent. {@code
 * jointWith} (the other parties sharing a joint quota, {@code ["coalition"]}) is left out when
 * empty, and {@code ratio} (a ratio quota's {@code {"released": 3, "per": 1, "counterpart":
 * "hamas"}}) when absent.
 */
final class QuotaCodec implements Codec<Quota> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    RELEASING,
    COUNT,
    CATEGORY,
    DESCRIPTION,
    AGES,
    JOINT_WITH,
    RATIO
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.COUNT, F.CATEGORY, F.DESCRIPTION, F.AGES, F.JOINT_WITH, F.RATIO);

  @Override
  public Class<Quota> javaType() {
    return Quota.class;
  }

  @Override
  public void write(Quota value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.RELEASING, value.releasing().value());
    FIELDS.writeIfPresent(g, F.COUNT, value.count());
    FIELDS.writeIfPresent(g, F.CATEGORY, value.category(), Vocabulary.RELEASE_CATEGORY);
    FIELDS.writeStringIfPresent(g, F.DESCRIPTION, value.description());
    FIELDS.writeIfPresent(g, F.AGES, value.ages(), Vocabulary.AGE_RANGE);
    FIELDS.writeArray(g, F.JOINT_WITH, value.jointWith(), Vocabulary.PARTY_ID);
    FIELDS.writeIfPresent(g, F.RATIO, value.ratio(), Vocabulary.QUOTA_RATIO);
    g.writeEndObject();
  }

  @Override
  public Quota read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Quota.Builder b = Quota.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case RELEASING:
          b.releasing(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case COUNT:
          b.count(Values.longValue(p, ctx));
          break;
        case CATEGORY:
          b.category(Vocabulary.RELEASE_CATEGORY.readPresent(p, ctx));
          break;
        case DESCRIPTION:
          b.description(Values.string(p, ctx));
          break;
        case AGES:
          b.ages(Vocabulary.AGE_RANGE.read(p, ctx));
          break;
        case JOINT_WITH:
          b.jointWith(Values.list(p, ctx, Vocabulary.PARTY_ID));
          break;
        case RATIO:
          b.ratio(Vocabulary.QUOTA_RATIO.read(p, ctx));
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
