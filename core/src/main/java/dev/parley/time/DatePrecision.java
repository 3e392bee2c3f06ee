package dev.parley.time;

/** How precisely a {@link ReportedDate} is known. */
public enum DatePrecision {
  /** A single day: {@code 2025-05-23}. */
  DAY,
  /** An ISO week, Monday to Sunday: {@code 2025-W21}. */
  WEEK,
  /** A calendar month: {@code 2025-05}. */
  MONTH,
  /** A calendar year: {@code 2025}. */
  YEAR,
  /** An explicit range of days, both ends included: {@code 2025-05-23/2025-05-25}. */
  RANGE
}
