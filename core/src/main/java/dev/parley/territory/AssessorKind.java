package dev.parley.territory;

/** Who makes an {@link Assessment}. */
public enum AssessorKind {
  /** A party to the conflict, such as the other side's general staff. */
  PARTY,
  /** An independent monitor, such as an international monitoring mission. */
  INDEPENDENT_MONITOR,
  /** A research group or open-source analysts, such as a think tank's daily assessment. */
  RESEARCH_GROUP;

  /**
   * Returns whether this kind of assessor stands outside the conflict.
   *
   * @return true for monitors and research groups
   */
  public boolean isIndependent() {
    return this != PARTY;
  }
}
