package dev.parley.testing;

import org.quicktheories.QuickTheory;

/**
 * The one entry point of Parley's property-based tests.
 *
 * <p>Runs 300 examples per law unless the {@code QT_EXAMPLES} system property says otherwise; a
 * failure prints QuickTheories' seed, which {@code -DQT_SEED=...} replays.
 */
public final class Laws {
  /** The default number of examples per law. */
  public static final int DEFAULT_EXAMPLES = 300;

  private Laws() {}

  /**
   * Returns a theory configured for Parley's tests.
   *
   * @return the theory
   */
  public static QuickTheory qt() {
    return QuickTheory.qt().withExamples(Integer.getInteger("QT_EXAMPLES", DEFAULT_EXAMPLES));
  }
}
