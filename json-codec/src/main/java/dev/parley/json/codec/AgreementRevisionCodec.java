package dev.parley.json.codec;

import dev.parley.exchange.AgreementRevision;
import java.io.IOException;

/**
 * {@code {"agreement": "agreement:2023-11-22-gaza-hostages", "kind": "extension"}}: the agreement
 * an agreement extends or amends.
 */
final class AgreementRevisionCodec implements Codec<AgreementRevision> {
  private static final FieldSet FIELDS = FieldSet.of("agreement", "kind");

  @Override
  public Class<AgreementRevision> javaType() {
    return AgreementRevision.class;
  }

  @Override
  public void write(AgreementRevision value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeStringField("agreement", value.agreement().value());
    g.writeFieldName("kind");
    Vocabulary.REVISION_KIND.write(value.kind(), g);
    g.writeEndObject();
  }

  @Override
  public AgreementRevision read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    dev.parley.record.RecordId agreement = null;
    dev.parley.exchange.RevisionKind kind = null;
    for (int f; (f = c.next()) >= 0; ) {
      if (FIELDS.name(f).equals("agreement")) {
        agreement = Vocabulary.RECORD_ID.read(p, ctx);
      } else {
        kind = Vocabulary.REVISION_KIND.read(p, ctx);
      }
    }
    dev.parley.record.RecordId a = java.util.Objects.requireNonNull(agreement);
    dev.parley.exchange.RevisionKind k = java.util.Objects.requireNonNull(kind);
    return ctx.build(c, () -> AgreementRevision.of(a, k));
  }
}
