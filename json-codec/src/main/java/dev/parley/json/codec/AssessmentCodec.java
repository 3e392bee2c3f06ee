package dev.parley.json.codec;

import dev.parley.record.RecordType;
import dev.parley.territory.Assessment;
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
  private static final FieldSet FIELDS =
      FieldSet.of(
          "id",
          "assessor",
          "assessorKind",
          "claim?",
          "place?",
          "status",
          "controller",
          "date",
          "provenance?");

  AssessmentCodec() {
    super(RecordType.ASSESSMENT.token(), Assessment.class, FIELDS);
  }

  @Override
  protected void writeFields(Assessment value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeStringField("assessor", value.assessor().value());
    g.writeFieldName("assessorKind");
    Vocabulary.ASSESSOR_KIND.write(value.assessorKind(), g);
    var claimValue = value.claim();
    if (claimValue.isPresent()) {
      g.writeStringField("claim", claimValue.get().value());
    }
    var placeValue = value.place();
    if (placeValue.isPresent()) {
      g.writeStringField("place", placeValue.get().value());
    }
    g.writeFieldName("status");
    Vocabulary.ASSESSMENT_STATUS.write(value.status(), g);
    g.writeFieldName("controller");
    Vocabulary.CONTROLLER.write(value.controller(), g);
    g.writeFieldName("date");
    Vocabulary.REPORTED_DATE.write(value.date(), g);
    ListFields.writeUnlessEmpty("provenance", value.provenance(), Vocabulary.STATEMENT, g);
  }

  @Override
  protected Assessment readFields(TokenReader p, ObjectCursor c, ReadContext ctx)
      throws IOException {
    Assessment.Builder b = Assessment.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.assessor(Vocabulary.PARTY_ID.read(p, ctx));
          break;
        case 2:
          b.assessorKind(Vocabulary.ASSESSOR_KIND.read(p, ctx));
          break;
        case 3:
          b.claim(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 4:
          b.place(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 5:
          b.status(Vocabulary.ASSESSMENT_STATUS.read(p, ctx));
          break;
        case 6:
          b.controller(Vocabulary.CONTROLLER.read(p, ctx));
          break;
        case 7:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        default:
          b.provenance(ctx.list(p, Vocabulary.STATEMENT));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
