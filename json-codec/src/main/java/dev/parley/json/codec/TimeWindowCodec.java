package dev.parley.json.codec;

import dev.parley.time.TimeWindow;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * {@code {"start": "2025-04-19T18:00+03:00[Europe/Moscow]", "end": "..."}}; no {@code end} when
 * open.
 */
final class TimeWindowCodec implements Codec<TimeWindow> {
  private static final FieldSet FIELDS = FieldSet.of("start", "end?");

  @Override
  public Class<TimeWindow> javaType() {
    return TimeWindow.class;
  }

  @Override
  public void write(TimeWindow value, TokenWriter g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("start");
    Vocabulary.ZONED_DATE_TIME.write(value.start(), g);
    var endValue = value.end();
    if (endValue.isPresent()) {
      g.writeFieldName("end");
      Vocabulary.ZONED_DATE_TIME.write(endValue.get(), g);
    }
    g.writeEndObject();
  }

  @Override
  public TimeWindow read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ctx.object(p, FIELDS);
    ZonedDateTime start = null;
    Optional<ZonedDateTime> end = Optional.empty();
    for (int f; (f = c.next()) >= 0; ) {
      if (f == 0) {
        start = Vocabulary.ZONED_DATE_TIME.read(p, ctx);
      } else {
        end = Optional.of(Vocabulary.ZONED_DATE_TIME.read(p, ctx));
      }
    }
    ZonedDateTime s = java.util.Objects.requireNonNull(start);
    Optional<ZonedDateTime> e = end;
    return ctx.build(c, () -> e.isPresent() ? TimeWindow.of(s, e.get()) : TimeWindow.startingAt(s));
  }
}
