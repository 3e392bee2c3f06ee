package dev.parley.json.codec.records;

import dev.parley.incident.Incident;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.json.codec.vocabulary.Vocabulary;
import dev.parley.record.RecordType;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * Record type {@code incident}: {@code {"type": "incident", "id": "incident:2025-05-23-odesa-port",
 * "date": "2025-05-23", "time": "...", "place": "ua:odesa-port", "target": "port_infrastructure",
 * "perpetrator": {...}, "weapon": "missile", "casualties": {"revisions": [...]}, "provenance":
 * [...]}}. An unreported toll (no revisions) leaves {@code casualties} out; empty {@code
 * provenance} is left out; reading accepts {@code []} and {@code {}} for them.
 */
final class IncidentCodec extends RecordCodec<Incident> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    DATE,
    TIME,
    PLACE,
    TARGET,
    PERPETRATOR,
    WEAPON,
    CASUALTIES,
    PROVENANCE
  }

  private static final Fields<F> FIELDS =
      Fields.of(F.class, F.TIME, F.PERPETRATOR, F.WEAPON, F.CASUALTIES, F.PROVENANCE);

  IncidentCodec() {
    super(RecordType.INCIDENT.token(), Incident.class, FIELDS);
  }

  @Override
  protected void writeFields(Incident value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    FIELDS.write(g, F.DATE, value.date(), Vocabulary.REPORTED_DATE);
    FIELDS.writeIfPresent(g, F.TIME, value.time(), Vocabulary.ZONED_DATE_TIME);
    FIELDS.writeString(g, F.PLACE, value.place().value());
    FIELDS.write(g, F.TARGET, value.target(), Vocabulary.TARGET_TYPE);
    FIELDS.writeIfPresent(g, F.PERPETRATOR, value.perpetrator(), Vocabulary.PERPETRATOR);
    FIELDS.writeIfPresent(g, F.WEAPON, value.weapon(), Vocabulary.WEAPON_TYPE);
    if (!value.casualties().revisions().isEmpty()) {
      FIELDS.write(g, F.CASUALTIES, value.casualties(), Vocabulary.CASUALTIES);
    }
    FIELDS.writeArray(g, F.PROVENANCE, value.provenance(), Vocabulary.STATEMENT);
  }

  @Override
  protected Incident readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Incident.Builder b = Incident.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case DATE:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case TIME:
          b.time(Vocabulary.ZONED_DATE_TIME.read(p, ctx));
          break;
        case PLACE:
          b.place(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case TARGET:
          b.target(Vocabulary.TARGET_TYPE.read(p, ctx));
          break;
        case PERPETRATOR:
          b.perpetrator(Vocabulary.PERPETRATOR.read(p, ctx));
          break;
        case WEAPON:
          b.weapon(Vocabulary.WEAPON_TYPE.readPresent(p, ctx));
          break;
        case CASUALTIES:
          b.casualties(Vocabulary.CASUALTIES.read(p, ctx));
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
