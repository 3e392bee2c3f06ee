package dev.parley.examples;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;

/**
 * The seed story as a chronicle document, the content of {@code examples/data/seed-chronicle.json}.
 *
 * <pre>{@code
 * String document = SeedDocument.json();
 * }</pre>
 *
 * <p>The document is written from the tests' seed fixture; regenerate it after a change to the
 * story or the format by running {@code SeedDocumentTest} with {@code -Dparley.regenerate=true}
 * (see {@code examples/data/README.md}).
 */
public final class SeedDocument {
  private SeedDocument() {}

  /**
   * Returns the seed chronicle.
   *
   * @return {@link SeedStory#chronicle()}, not null
   */
  public static Chronicle chronicle() {
    return SeedStory.chronicle();
  }

  /**
   * Returns the seed chronicle document.
   *
   * @return the pretty-printed document, ending with a newline; not null
   */
  public static String json() {
    return ParleyJson.defaults().writeChronicle(chronicle());
  }
}
