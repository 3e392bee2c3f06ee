package dev.parley.examples;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The May 2025 report Parley started from, as data: the parties and places of the Russia-Ukraine
 * prisoner exchange, the Istanbul talks, the ceasefire offer, the Rakivka claim and the Odesa port
 * strike, read from the chronicle document {@code examples/data/seed-chronicle.json} that the
 * examples jar bundles.
 *
 * <pre>{@code
 * Chronicle seed = SeedStory.chronicle();
 * seed.exchanges().fulfilment(RecordId.of("agreement:2025-05-16-1000-for-1000"), LocalDate.of(2025, 5, 23));
 * }</pre>
 *
 * <p>How the story is built value by value through the public API is shown by the guide examples in
 * {@code dev.parley.examples.guide}.
 */
public final class SeedStory {
  private static final String DOCUMENT = "seed-chronicle.json";

  private SeedStory() {}

  /**
   * Returns the whole story as one chronicle.
   *
   * @return the seed chronicle, not null
   */
  public static Chronicle chronicle() {
    try (InputStream in = SeedStory.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing from the examples jar");
      }
      return ParleyJson.defaults().readChronicle(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
