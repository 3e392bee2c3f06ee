package dev.parley.json.codec;

import dev.parley.record.RecordType;
import dev.parley.territory.TerritorialClaim;
import java.io.IOException;

/**
 * Record type {@code territorialClaim}: {@code {"type": "territorialClaim", "id":
 * "claim:2025-05-23-ru-rakivka", "claimant": "ru", "subject": {"place": "ua:rakivka"}, "kind":
 * "captured", "means": "armed", "asOf": "2025-05-23", "provenance": [...], "areaKm2": [...],
 * "settlements": [...]}}. Empty {@code provenance} is left out; reading accepts {@code []} for it.
 */
final class TerritorialClaimCodec extends RecordCodec<TerritorialClaim> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "id",
          "claimant",
          "subject",
          "kind",
          "means",
          "asOf",
          "provenance?",
          "areaKm2?",
          "settlements?");

  TerritorialClaimCodec() {
    super(RecordType.TERRITORIAL_CLAIM.token(), TerritorialClaim.class, FIELDS);
  }

  @Override
  protected void writeFields(TerritorialClaim value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeStringField("claimant", value.claimant().value());
    g.writeFieldName("subject");
    Vocabulary.CLAIM_SUBJECT.write(value.subject(), g);
    g.writeFieldName("kind");
    Vocabulary.CLAIM_KIND.write(value.kind(), g);
    g.writeFieldName("means");
    Vocabulary.CLAIM_MEANS.write(value.means(), g);
    g.writeFieldName("asOf");
    Vocabulary.REPORTED_DATE.write(value.asOf(), g);
    ListFields.writeUnlessEmpty("provenance", value.provenance(), Vocabulary.STATEMENT, g);
    ListFields.writeUnlessEmpty("areaKm2", value.areaKm2(), Vocabulary.SOURCED_ESTIMATE, g);
    ListFields.writeUnlessEmpty("settlements", value.settlements(), Vocabulary.SOURCED_ESTIMATE, g);
  }

  @Override
  protected TerritorialClaim readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    TerritorialClaim.Builder b = TerritorialClaim.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.claimant(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 2:
          b.subject(Vocabulary.CLAIM_SUBJECT.read(p, ctx));
          break;
        case 3:
          b.kind(Vocabulary.CLAIM_KIND.read(p, ctx));
          break;
        case 4:
          b.means(Vocabulary.CLAIM_MEANS.read(p, ctx));
          break;
        case 5:
          b.asOf(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 6:
          b.provenance(ctx.list(p, Vocabulary.STATEMENT));
          break;
        case 7:
          b.addAllAreaKm2(ctx.list(p, Vocabulary.SOURCED_ESTIMATE));
          break;
        default:
          b.addAllSettlements(ctx.list(p, Vocabulary.SOURCED_ESTIMATE));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
