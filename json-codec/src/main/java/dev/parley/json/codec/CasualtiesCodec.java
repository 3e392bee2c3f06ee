package dev.parley.json.codec;

import dev.parley.incident.Casualties;
import java.io.IOException;

/**
 * An incident's toll with every revision, oldest first: {@code {"revisions": [{...}, {...}]}}. An
 * unreported toll has no revisions and is written {@code {}} ({@code "revisions": []} is accepted).
 * Revisions out of date order break the core's rule {@code INCIDENT_REVISION_ORDER}.
 */
final class CasualtiesCodec implements Codec<Casualties> {
  private static final FieldSet FIELDS = FieldSet.of("revisions?");

  @Override
  public Class<Casualties> javaType() {
    return Casualties.class;
  }

  @Override
  public void write(Casualties value, TokenWriter g) throws IOException {
    g.writeStartObject();
    ListFields.writeUnlessEmpty("revisions", value.revisions(), Vocabulary.CASUALTY_REVISION, g);
    g.writeEndObject();
  }

  @Override
  public Casualties read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    Casualties.Builder b = Casualties.builder();
    while (c.next() >= 0) {
      b.revisions(ctx.list(p, Vocabulary.CASUALTY_REVISION));
    }
    return ctx.build(c, b::build);
  }
}
