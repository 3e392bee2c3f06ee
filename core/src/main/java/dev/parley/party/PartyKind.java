package dev.parley.party;

/** What kind of actor a {@link Party} is. */
public enum PartyKind {
  /** A sovereign state or its government. */
  STATE,
  /** A non-state armed group. */
  ARMED_GROUP,
  /** An international or intergovernmental organisation, such as the ICRC or the UN. */
  INTERNATIONAL_ORGANISATION,
  /** A person acting for a party, such as a president or a negotiator. */
  PERSON
}
