package dev.parley.json.codec;

import dev.parley.incident.Incident;
import dev.parley.record.RecordType;
import java.io.IOException;

/**
 * Record type {@code incident}: {@code {"type": "incident", "id": "incident:2025-05-23-odesa-port",
 * "date": "2025-05-23", "time": "...", "place": "ua:odesa-port", "target": "port_infrastructure",
 * "perpetrator": {...}, "weapon": "missile", "casualties": {"revisions": [...]}, "provenance":
 * [...]}}. An unreported toll (no revisions) leaves {@code casualties} out; empty {@code
 * provenance} is left out; reading accepts {@code []} and {@code {}} for them.
 */
final class IncidentCodec extends RecordCodec<Incident> {
  private static final FieldSet FIELDS =
      FieldSet.of(
          "id",
          "date",
          "time?",
          "place",
          "target",
          "perpetrator?",
          "weapon?",
          "casualties?",
          "provenance?");

  IncidentCodec() {
    super(RecordType.INCIDENT.token(), Incident.class, FIELDS);
  }

  @Override
  protected void writeFields(Incident value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    g.writeFieldName("date");
    Vocabulary.REPORTED_DATE.write(value.date(), g);
    var timeValue = value.time();
    if (timeValue.isPresent()) {
      g.writeFieldName("time");
      Vocabulary.ZONED_DATE_TIME.write(timeValue.get(), g);
    }
    g.writeStringField("place", value.place().value());
    g.writeFieldName("target");
    Vocabulary.TARGET_TYPE.write(value.target(), g);
    var perpetratorValue = value.perpetrator();
    if (perpetratorValue.isPresent()) {
      g.writeFieldName("perpetrator");
      Vocabulary.PERPETRATOR.write(perpetratorValue.get(), g);
    }
    var weaponValue = value.weapon();
    if (weaponValue.isPresent()) {
      g.writeFieldName("weapon");
      Vocabulary.WEAPON_TYPE.write(weaponValue.get(), g);
    }
    if (!value.casualties().revisions().isEmpty()) {
      g.writeFieldName("casualties");
      Vocabulary.CASUALTIES.write(value.casualties(), g);
    }
    ListFields.writeUnlessEmpty("provenance", value.provenance(), Vocabulary.STATEMENT, g);
  }

  @Override
  protected Incident readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Incident.Builder b = Incident.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 2:
          b.time(Vocabulary.ZONED_DATE_TIME.read(p, ctx));
          break;
        case 3:
          b.place(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 4:
          b.target(Vocabulary.TARGET_TYPE.read(p, ctx));
          break;
        case 5:
          b.perpetrator(Vocabulary.PERPETRATOR.read(p, ctx));
          break;
        case 6:
          b.weapon(Vocabulary.WEAPON_TYPE.read(p, ctx));
          break;
        case 7:
          b.casualties(Vocabulary.CASUALTIES.read(p, ctx));
          break;
        default:
          b.provenance(ctx.list(p, Vocabulary.STATEMENT));
          break;
      }
    }
    return ctx.build(c, b::build);
  }
}
