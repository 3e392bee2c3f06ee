package dev.parley.json.codec.vocabulary;

import dev.parley.incident.Casualties;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCodec;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * An incident's toll with every revision, oldest first: {@code {"revisions": [{...}, {...}]}}. An
 * unreported toll has no revisions and is written {@code {}} ({@code "revisions": []} is accepted).
 * Revisions out of date order break the core's rule {@code INCIDENT_REVISION_ORDER}.
 */
final class CasualtiesCodec extends ObjectCodec<Casualties> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    REVISIONS
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.REVISIONS);

  @Override
  public Class<Casualties> javaType() {
    return Casualties.class;
  }

  @Override
  protected void writeFields(Casualties value, TokenWriter g) throws IOException {
    FIELDS.writeArray(g, F.REVISIONS, value.revisions(), Vocabulary.CASUALTY_REVISION);
  }

  @Override
  public Casualties read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    Casualties.Builder b = Casualties.builder();
    while (c.next(FIELDS) != null) {
      b.revisions(Values.list(p, ctx, Vocabulary.CASUALTY_REVISION));
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
