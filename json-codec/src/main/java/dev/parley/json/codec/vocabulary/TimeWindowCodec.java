package dev.parley.json.codec.vocabulary;

import dev.parley.json.codec.io.Codec;
import dev.parley.json.codec.io.Fields;
import dev.parley.json.codec.io.ObjectCursor;
import dev.parley.json.codec.io.ReadContext;
import dev.parley.json.codec.io.TokenReader;
import dev.parley.json.codec.io.TokenWriter;
import dev.parley.time.TimeWindow;
import dev.parley.validation.InvalidValueException;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * {@code {"start": "2025-04-19T18:00+03:00[Europe/Moscow]", "end": "..."}}; no {@code end} when
 * open.
 */
final class TimeWindowCodec implements Codec<TimeWindow> {
  /** The properties, in the order of the format description and of error messages. */
  private enum F {
    START,
    END
  }

  private static final Fields<F> FIELDS = Fields.of(F.class, F.END);

  @Override
  public Class<TimeWindow> javaType() {
    return TimeWindow.class;
  }

  @Override
  public void write(TimeWindow value, TokenWriter g) throws IOException {
    g.writeStartObject();
    FIELDS.write(g, F.START, value.start(), Vocabulary.ZONED_DATE_TIME);
    FIELDS.writeIfPresent(g, F.END, value.end(), Vocabulary.ZONED_DATE_TIME);
    g.writeEndObject();
  }

  @Override
  public TimeWindow read(TokenReader p, ReadContext ctx) throws IOException {
    ObjectCursor c = ObjectCursor.open(p, ctx, FIELDS);
    ZonedDateTime start = null;
    Optional<ZonedDateTime> end = Optional.empty();
    for (F f; (f = c.next(FIELDS)) != null; ) {
      if (f == F.START) {
        start = Vocabulary.ZONED_DATE_TIME.read(p, ctx);
      } else {
        end = Optional.of(Vocabulary.ZONED_DATE_TIME.read(p, ctx));
      }
    }
    ZonedDateTime s = java.util.Objects.requireNonNull(start);
    Optional<ZonedDateTime> e = end;
    try {
      return e.isPresent() ? TimeWindow.of(s, e.get()) : TimeWindow.startingAt(s);
    } catch (InvalidValueException broken) {
      throw c.violation(broken);
    }
  }
}
