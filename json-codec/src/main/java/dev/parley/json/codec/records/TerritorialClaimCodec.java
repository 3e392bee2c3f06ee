package dev.parley.json.codec.records;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.record.RecordType;
import dev.parley.territory.TerritorialClaim;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * Record type {@code territorialClaim}: {@code {"type": "territorialClaim", "id":
 * "claim:2025-05-23-ru-rakivka", "claimant": "ru", "subject": {"place": "ua:rakivka"}, "kind":
 * "captured", "means": "armed", "asOf": "2025-05-23", "provenance": [...], "areaKm2": [...],
 * "settlements": [...]}}. Empty {@code provenance} is left out; reading accepts {@code []} for it.
 */
final class TerritorialClaimCodec extends RecordCodec<TerritorialClaim> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    CLAIMANT,
    SUBJECT,
    KIND,
    MEANS,
    AS_OF,
    PROVENANCE,
    AREA_KM2,
    SETTLEMENTS
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.PROVENANCE, F.AREA_KM2, F.SETTLEMENTS);

  TerritorialClaimCodec() {
    super(RecordType.TERRITORIAL_CLAIM.token(), TerritorialClaim.class, FIELDS);
  }

  @Override
  protected void writeFields(TerritorialClaim value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.writeString(g, F.CLAIMANT, value.claimant().value());
    FIELDS.write(g, F.SUBJECT, value.subject(), Vocabulary.CLAIM_SUBJECT);
    FIELDS.write(g, F.KIND, value.kind(), Vocabulary.CLAIM_KIND);
    FIELDS.write(g, F.MEANS, value.means(), Vocabulary.CLAIM_MEANS);
    FIELDS.write(g, F.AS_OF, value.asOf(), Vocabulary.REPORTED_DATE);
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
    FIELDS.writeArray(g, F.AREA_KM2, value.areaKm2(), Vocabulary.SOURCED_ESTIMATE);
    FIELDS.writeArray(g, F.SETTLEMENTS, value.settlements(), Vocabulary.SOURCED_ESTIMATE);
  }

  @Override
  protected TerritorialClaim readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    TerritorialClaim.Builder b = TerritorialClaim.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case CLAIMANT:
          b.claimant(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case SUBJECT:
          b.subject(Vocabulary.CLAIM_SUBJECT.read(p, ctx));
          break;
        case KIND:
          b.kind(Vocabulary.CLAIM_KIND.read(p, ctx));
          break;
        case MEANS:
          b.means(Vocabulary.CLAIM_MEANS.read(p, ctx));
          break;
        case AS_OF:
          b.asOf(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case PROVENANCE:
          b.provenance(Values.list(p, ctx, Vocabulary.STATEMENT));
          break;
        case AREA_KM2:
          b.addAllAreaKm2(Values.list(p, ctx, Vocabulary.SOURCED_ESTIMATE));
          break;
        case SETTLEMENTS:
          b.addAllSettlements(Values.list(p, ctx, Vocabulary.SOURCED_ESTIMATE));
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
