package dev.parley.json.codec.vocabulary;

import dev.parley.incident.CasualtyRevision;
import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.json.codec.io.Values;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;

/**
 * One dated, sourced report of a toll: {@code {"date": "2025-05-23", "killed": {"kind": "exact",
 * "value": 1}, "injured": {"kind": "exact", "value": 8}, "sources": [...]}}. Both figures are
 * required (an unknown one is {@code {"kind": "unknown"}}), and so is {@code sources}: the core
 * requires at least one ({@code INCIDENT_REVISION_UNSOURCED}). {@code killedAmong}, the dead per
 * group, is left out when empty and accepts {@code []}.
 */
final class CasualtyRevisionCodec implements Codec<CasualtyRevision> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    DATE,
    KILLED,
    KILLED_AMONG,
    INJURED,
    SOURCES
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.KILLED_AMONG);

  @Override
  public Class<CasualtyRevision> javaType() {
    return CasualtyRevision.class;
  }

  @Override
  public void write(CasualtyRevision value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.DATE, value.date(), Vocabulary.REPORTED_DATE);
    FIELDS.write(g, F.KILLED, value.killed(), Vocabulary.ESTIMATE);
    FIELDS.writeArray(g, F.KILLED_AMONG, value.killedAmong(), Vocabulary.KILLED_SHARE);
    FIELDS.write(g, F.INJURED, value.injured(), Vocabulary.ESTIMATE);
    FIELDS.writeArray(g, F.SOURCES, value.sources(), Vocabulary.STATEMENT);
    g.writeEndObject();
  }

  @Override
  public CasualtyRevision read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    CasualtyRevision.Builder b = CasualtyRevision.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case DATE:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case KILLED:
          b.killed(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case KILLED_AMONG:
          b.killedAmong(Values.list(p, ctx, Vocabulary.KILLED_SHARE));
          break;
        case INJURED:
          b.injured(Vocabulary.ESTIMATE.read(p, ctx));
          break;
        case SOURCES:
          b.sources(Values.list(p, ctx, Vocabulary.STATEMENT));
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
