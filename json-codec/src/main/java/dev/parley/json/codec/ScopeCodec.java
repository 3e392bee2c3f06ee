package dev.parley.json.codec;

import dev.parley.ceasefire.Scope;
import dev.parley.json.format.ParleyJsonException.Kind;
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
  private static final FieldSet FIELDS =
      FieldSet.of("kind", "domain?", "places?", "regions?", "description?");
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
    g.writeStringField("kind", value.isComprehensive() ? COMPREHENSIVE : PARTIAL);
    var domainValue = value.domain();
    if (domainValue.isPresent()) {
      g.writeFieldName("domain");
      Vocabulary.SCOPE_DOMAIN.write(domainValue.get(), g);
    }
    Elements.write(g, "places", value.places(), Vocabulary.PLACE_ID);
    Elements.write(g, "regions", value.regions(), Vocabulary.REGION);
    var descriptionValue = value.description();
    if (descriptionValue.isPresent()) {
      g.writeStringField("description", descriptionValue.get());
    }
    g.writeEndObject();
  }

  @Override
  public Scope read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Scope.Builder b = Scope.builder();
    boolean partial = false;
    long domainAt = 0;
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          partial = kind(p, ctx);
          break;
        case DOMAIN:
          domainAt = ObjectCursor.position(p);
          b.domain(Vocabulary.SCOPE_DOMAIN.read(p, ctx));
          break;
        case 2:
          b.addAllPlaces(ctx.list(p, Vocabulary.PLACE_ID));
          break;
        case 3:
          b.addAllRegions(ctx.list(p, Vocabulary.REGION));
          break;
        default:
          b.description(ctx.string(p));
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
    return ctx.build(c, b::build);
  }

  private static boolean kind(TokenReader p, ReadContext ctx) throws IOException {
    String s = ctx.string(p);
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
