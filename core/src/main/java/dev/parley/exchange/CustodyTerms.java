package dev.parley.exchange;

/**
 * How long a third party that takes custody of released people is to hold them, as the {@link
 * Custody#terms()} of a custody.
 */
public enum CustodyTerms {
  /** Until a given date, such as "held in Turkiye until the end of the war" put as a date. */
  UNTIL_DATE,
  /** Until an event described in words, such as "until the end of hostilities". */
  UNTIL_EVENT,
  /** With no end given. */
  OPEN
}
