package dev.parley.ceasefire;

/** When a condition must be met relative to the ceasefire. */
public enum ConditionTiming {
  /** Must happen before the ceasefire begins. */
  PRECONDITION,
  /** Applies while the ceasefire is in effect. */
  TERM
}
