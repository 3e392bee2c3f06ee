package dev.parley.json.codec;

import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.record.RecordType;
import java.io.IOException;
import java.util.List;

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
  private static final FieldSet FIELDS =
      FieldSet.of(
          "id",
          "agreement?",
          "trancheNumber?",
          "date",
          "status",
          "directions",
          "venue?",
          "participants?",
          "runningNumber?",
          "note?",
          "timeOfDay?",
          "zone?");

  ExchangeCodec() {
    super(RecordType.EXCHANGE.token(), Exchange.class, FIELDS);
  }

  @Override
  protected void writeFields(Exchange value, TokenWriter g) throws IOException {
    g.writeStringField("id", value.id().value());
    var agreementValue = value.agreement();
    if (agreementValue.isPresent()) {
      g.writeStringField("agreement", agreementValue.get().value());
    }
    var trancheNumberValue = value.trancheNumber();
    if (trancheNumberValue.isPresent()) {
      g.writeNumberField("trancheNumber", trancheNumberValue.getAsInt());
    }
    g.writeFieldName("date");
    Vocabulary.REPORTED_DATE.write(value.date(), g);
    if (value.timeOfDay().isPresent()) {
      g.writeFieldName("timeOfDay");
      Vocabulary.LOCAL_TIME.write(value.timeOfDay().get(), g);
    }
    if (value.zone().isPresent()) {
      g.writeFieldName("zone");
      Vocabulary.ZONE_ID.write(value.zone().get(), g);
    }
    g.writeFieldName("status");
    Vocabulary.EXCHANGE_STATUS.write(value.status(), g);
    g.writeFieldName("directions");
    g.writeStartArray();
    List<Direction> directions = value.directions();
    for (int i = 0; i < directions.size(); i++) {
      Vocabulary.DIRECTION.write(directions.get(i), g);
    }
    g.writeEndArray();
    var venueValue = value.venue();
    if (venueValue.isPresent()) {
      g.writeStringField("venue", venueValue.get().value());
    }
    AgreementCodec.writeParticipants(value.participants(), g);
    if (value.runningNumber().isPresent()) {
      g.writeFieldName("runningNumber");
      Vocabulary.RUNNING_NUMBER.write(value.runningNumber().get(), g);
    }
    if (value.note().isPresent()) {
      g.writeStringField("note", value.note().get());
    }
  }

  @Override
  protected Exchange readFields(TokenReader p, ObjectCursor c, ReadContext ctx) throws IOException {
    Exchange.Builder b = Exchange.builder();
    for (int f; (f = c.next()) >= 0; ) {
      switch (f) {
        case 0:
          b.id(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 1:
          b.agreement(Vocabulary.RECORD_ID.read(p, ctx));
          break;
        case 2:
          b.trancheNumber(intValue(p, ctx));
          break;
        case 3:
          b.date(Vocabulary.REPORTED_DATE.read(p, ctx));
          break;
        case 4:
          b.status(Vocabulary.EXCHANGE_STATUS.read(p, ctx));
          break;
        case 5:
          b.directions(ctx.list(p, Vocabulary.DIRECTION));
          break;
        case 6:
          b.venue(Vocabulary.PLACE_ID.read(p, ctx));
          break;
        case 7:
          b.participants(ctx.list(p, Vocabulary.PARTICIPANT));
          break;
        case 8:
          b.runningNumber(Vocabulary.RUNNING_NUMBER.read(p, ctx));
          break;
        case 9:
          b.note(ctx.string(p));
          break;
        case 10:
          b.timeOfDay(Vocabulary.LOCAL_TIME.read(p, ctx));
          break;
        default:
          b.zone(Vocabulary.ZONE_ID.read(p, ctx));
          break;
      }
    }
    return ctx.build(c, b::build);
  }

  /** Reads a JSON integer that fits an {@code int}. */
  static int intValue(TokenReader p, ReadContext ctx) throws IOException {
    long n = ctx.longValue(p);
    if (n != (int) n) {
      throw ctx.fail(
          p, Kind.WRONG_TYPE, "expected an integer within the range of a 32-bit integer, was " + n);
    }
    return (int) n;
  }
}
