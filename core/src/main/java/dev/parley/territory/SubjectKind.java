package dev.parley.territory;

/** What a {@link ClaimSubject} refers to. */
public enum SubjectKind {
  /** A named place, such as the village of Rakivka. */
  PLACE,
  /** A first-level region, such as the Kharkiv region (UA-63). */
  REGION,
  /** A share of a country's territory, such as about 20% of Ukraine. */
  SHARE
}
