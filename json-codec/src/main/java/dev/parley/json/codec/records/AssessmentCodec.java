package dev.parley.json.codec.records;

import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.record.RecordType;
import dev.parley.territory.Assessment;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * Record type {@code assessment}: {@code {"type": "assessment", "id": "...", "assessor": "isw",
 * "assessorKind": "research_group", "claim": "claim:2025-05-23-ru-rakivka", "place": "ua:rakivka",
 * "status": "unverified", "controller": {"kind": "contested"}, "date": "2025-05-24", "provenance":
 * [...]}}. At least one of {@code claim} and {@code place} (the core's rule {@code
 * TERRITORY_ASSESSMENT_TARGET_MISSING}); empty {@code provenance} is left out, and {@code []} is
 * accepted for it.
 */
final class AssessmentCodec extends RecordCodec<Assessment> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    ASSESSOR,
    ASSESSOR_KIND,
    CLAIM,
    PLACE,
    STATUS,
    CONTROLLER,
    DATE,
    PROVENANCE
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.CLAIM, F.PLACE, F.PROVENANCE);

  AssessmentCodec() {
    super(RecordType.ASSESSMENT.token(), Assessment.class, FIELDS);
  }

  @Override
  protected void writeFields(Assessment value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.writeString(g, F.ASSESSOR, value.assessor().value());
    FIELDS.write(g, F.ASSESSOR_KIND, value.assessorKind(), Vocabulary.ASSESSOR_KIND);
    var claimValue = value.claim();
    if (claimValue.isPresent()) {
      FIELDS.writeString(g, F.CLAIM, claimValue.get().value());
    }
    var placeValue = value.place();
    if (placeValue.isPresent()) {
      FIELDS.writeString(g, F.PLACE, placeValue.get().value());
    }
    FIELDS.write(g, F.STATUS, value.status(), Vocabulary.ASSESSMENT_STATUS);
    FIELDS.write(g, F.CONTROLLER, value.controller(), Vocabulary.CONTROLLER);
    FIELDS.write(g, F.DATE, value.date(), Vocabulary.REPORTED_DATE);
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
  }

  @Override
  protected Assessment readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    Assessment.Builder b = Assessment.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case ASSESSOR:
          b.assessor(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case ASSESSOR_KIND:
          b.assessorKind(Vocabulary.ASSESSOR_KIND.read(p, ctx));
          break;
        case CLAIM:
          b.claim(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case PLACE:
          b.place(Vocabulary.PLACE_ID.readPresent(p, ctx));
          break;
        case STATUS:
          b.status(Vocabulary.ASSESSMENT_STATUS.read(p, ctx));
          break;
        case CONTROLLER:
          b.controller(Vocabulary.CONTROLLER.read(p, ctx));
          break;
        case DATE:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case PROVENANCE:
          b.provenance(Values.list(p, ctx, Vocabulary.STATEMENT));
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
