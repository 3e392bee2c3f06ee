package dev.parley.json.codec.vocabulary;

import dev.parley.exchange.AgreementRevision;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * {@code {"agreement": "agreement:2023-11-22-gaza-hostages", "kind": "extension"}}: the agreement
 * an agreement extends or amends.
 */
final class AgreementRevisionCodec implements Codec<AgreementRevision> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    AGREEMENT,
    KIND
  }

  private static final Fields<F> FIELDS = Fields.of(F.class);

  @Override
  public Class<AgreementRevision> javaType() {
    return AgreementRevision.class;
  }

  @Override
  public void write(AgreementRevision value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.writeString(g, F.AGREEMENT, value.agreement().value());
    FIELDS.write(g, F.KIND, value.kind(), Vocabulary.REVISION_KIND);
    g.writeEndObject();
  }

  @Override
  public AgreementRevision read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    dev.parley.record.RecordId agreement = null;
    dev.parley.exchange.RevisionKind kind = null;
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.AGREEMENT) {
        agreement = Vocabulary.RECORD_ID.read(p, ctx);
      } else {
        kind = Vocabulary.REVISION_KIND.read(p, ctx);
      }
    }
    dev.parley.record.RecordId a = java.util.Objects.requireNonNull(agreement);
    dev.parley.exchange.RevisionKind k = java.util.Objects.requireNonNull(kind);
    try {
      return AgreementRevision.of(a, k);
    } catch (InvalidValueException e) {
      throw c.violation(e);
    }
  }
}
