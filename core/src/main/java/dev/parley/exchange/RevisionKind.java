package dev.parley.exchange;

/** How an {@link Agreement} changes the one it revises ({@link AgreementRevision}). */
public enum RevisionKind {
  /**
   * Extends the revised agreement: more time, and usually more releases on the same terms ("the
   * pause is extended by two days, with ten more hostages released each day").
   */
  EXTENSION,
  /** Amends the revised agreement: changed or added terms, such as a new quota or a new end. */
  AMENDMENT
}
