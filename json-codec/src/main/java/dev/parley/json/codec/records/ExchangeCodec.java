package dev.parley.json.codec.records;

import dev.parley.exchange.Exchange;
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
 * Record type {@code exchange}: {@code {"type": "exchange", "id": "exchange:2025-05-23",
 * "agreement": "agreement:2025-05-16-1000-for-1000", "trancheNumber": 1, "date": "2025-05-23",
 * "status": "completed", "directions": [...], "venue": "ua:chernihiv-oblast", "participants":
 * [...]}}.
 *
 * <p>Empty {@code participants} are left out; reading accepts {@code []} for them. {@code
 * runningNumber} (a running number a source gave, {@code {"number": 63, "sources": [...]}}) and
 * {@code note} are left out when absent. A tranche number is a JSON integer within the range of a
 * 32-bit integer; the core checks that it is one or more. {@code timeOfDay} ({@code "16:00"}, ISO
 * 8601 local time) and {@code zone} (an IANA zone id such as {@code "Asia/Jerusalem"}) are left out
 * when not reported.
 */
final class ExchangeCodec extends RecordCodec<Exchange> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    ID,
    AGREEMENT,
    TRANCHE_NUMBER,
    DATE,
    STATUS,
    DIRECTIONS,
    VENUE,
    PARTICIPANTS,
    RUNNING_NUMBER,
    NOTE,
    TIME_OF_DAY,
    ZONE
  }

  private static final Fields<F> FIELDS =
      Fields.of(
          F.class,
          F.AGREEMENT,
          F.TRANCHE_NUMBER,
          F.VENUE,
          F.PARTICIPANTS,
          F.RUNNING_NUMBER,
          F.NOTE,
          F.TIME_OF_DAY,
          F.ZONE);

  ExchangeCodec() {
    super(RecordType.EXCHANGE.token(), Exchange.class, FIELDS);
  }

  @Override
  protected void writeFields(Exchange value, TokenWriter g) throws IOException {
    FIELDS.writeString(g, F.ID, value.id().value());
    var agreementValue = value.agreement();
    if (agreementValue.isPresent()) {
      FIELDS.writeString(g, F.AGREEMENT, agreementValue.get().value());
    }
    FIELDS.writeIfPresent(g, F.TRANCHE_NUMBER, value.trancheNumber());
    FIELDS.write(g, F.DATE, value.date(), Vocabulary.REPORTED_DATE);
    FIELDS.writeIfPresent(g, F.TIME_OF_DAY, value.timeOfDay(), Vocabulary.LOCAL_TIME);
    FIELDS.writeIfPresent(g, F.ZONE, value.zone(), Vocabulary.ZONE_ID);
    FIELDS.write(g, F.STATUS, value.status(), Vocabulary.EXCHANGE_STATUS);
    FIELDS.writeArray(g, F.DIRECTIONS, value.directions(), Vocabulary.DIRECTION);
    var venueValue = value.venue();
    if (venueValue.isPresent()) {
      FIELDS.writeString(g, F.VENUE, venueValue.get().value());
    }
    FIELDS.writeArray(g, F.PARTICIPANTS, value.participants(), Vocabulary.PARTICIPANT);
    FIELDS.writeIfPresent(g, F.RUNNING_NUMBER, value.runningNumber(), Vocabulary.RUNNING_NUMBER);
    FIELDS.writeStringIfPresent(g, F.NOTE, value.note());
  }

  @Override
  protected Exchange readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Exchange.Builder b = Exchange.builder();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      switch (f) {
        case ID:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case AGREEMENT:
          b.agreement(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case TRANCHE_NUMBER:
          b.trancheNumber(Values.intValue(p, ctx));
          break;
        case DATE:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case STATUS:
          b.status(Vocabulary.EXCHANGE_STATUS.read(p, ctx));
          break;
        case DIRECTIONS:
          b.directions(Values.list(p, ctx, Vocabulary.DIRECTION));
          break;
        case VENUE:
          b.venue(Vocabulary.PLACE_ID.readPresent(p, ctx));
          break;
        case PARTICIPANTS:
          b.participants(Values.list(p, ctx, Vocabulary.PARTICIPANT));
          break;
        case RUNNING_NUMBER:
          b.runningNumber(Vocabulary.RUNNING_NUMBER.read(p, ctx));
          break;
        case NOTE:
          b.note(Values.string(p, ctx));
          break;
        case TIME_OF_DAY:
          b.timeOfDay(Vocabulary.LOCAL_TIME.readPresent(p, ctx));
          break;
        case ZONE:
          b.zone(Vocabulary.ZONE_ID.readPresent(p, ctx));
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
