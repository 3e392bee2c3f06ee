package dev.parley.json.codec.vocabulary;

import dev.parley.ceasefire.Scope;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
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
 * A ceasefire's scope as an object whose {@code kind} says whether it covers everything.
 *
 * <ul>
 *   <li>{@code {"kind": "comprehensive"}}
 *   <li>{@code {"kind": "partial", "domain": "front_sector", "places": ["ua:rakivka"], "regions":
 *       ["UA-63"], "description": "..."}}, {@code domain} required, the rest optional
 * </ul>
 *
 * <p>{@code domain} is allowed only in a partial scope. Places, regions and a description in a
 * comprehensive scope are read and then rejected by the core's rules.
 */
final class ScopeCodec implements Codec<Scope> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    KIND,
    DOMAIN,
    PLACES,
    REGIONS,
    DESCRIPTION
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.DOMAIN, F.PLACES, F.REGIONS, F.DESCRIPTION);
  private static final int DOMAIN = 1;
  private static final String COMPREHENSIVE = "comprehensive";
  private static final String PARTIAL = "partial";

  @Override
  public Class<Scope> javaType() {
    return Scope.class;
  }

  @Override
  public void write(Scope value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.KIND, value.isComprehensive() ? COMPREHENSIVE : PARTIAL);
    FIELDS.writeIfPresent(g, F.DOMAIN, value.domain(), Vocabulary.SCOPE_DOMAIN);
    FIELDS.writeArray(g, F.PLACES, value.places(), Vocabulary.PLACE_ID);
    FIELDS.writeArray(g, F.REGIONS, value.regions(), Vocabulary.REGION);
    FIELDS.writeStringIfPresent(g, F.DESCRIPTION, value.description());
    g.writeEndObject();
  }

  @Override
  public Scope read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Scope.Builder b = Scope.builder();
    boolean partial = false;
    long domainAt = 0;
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case KIND:
          partial = kind(p, ctx);
          break;
        case DOMAIN:
          domainAt = ObjectCursor.position(p);
          b.domain(Vocabulary.SCOPE_DOMAIN.readPresent(p, ctx));
          break;
        case PLACES:
          b.addAllPlaces(Values.list(p, ctx, Vocabulary.PLACE_ID));
          break;
        case REGIONS:
          b.addAllRegions(Values.list(p, ctx, Vocabulary.REGION));
          break;
        case DESCRIPTION:
          b.description(Values.string(p, ctx));
          break;
      }
    }
    if (!partial && c.has(DOMAIN)) {
      throw ctx.failAt(
          c.pointer() + "/domain",
          domainAt,
          Kind.UNKNOWN_PROPERTY,
          "property \"domain\" is not allowed in a scope of kind comprehensive",
          List.of(),
          null);
    }
    if (partial && !c.has(DOMAIN)) {
      throw ctx.failAt(
          c.pointer(),
          c.start(),
          Kind.MISSING_PROPERTY,
          "missing required property \"domain\" of a scope of kind partial",
          List.of(),
          null);
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }

  private static boolean kind(TokenReader p, ReadContext ctx) throws IOException {
    String s = Values.string(p, ctx);
    if (s.equals(PARTIAL)) {
      return true;
    }
    if (s.equals(COMPREHENSIVE)) {
      return false;
    }
    throw ctx.fail(
        p,
        Kind.UNKNOWN_TOKEN,
        "unknown value " + ReadContext.quote(s) + "; expected one of comprehensive, partial");
  }
}
