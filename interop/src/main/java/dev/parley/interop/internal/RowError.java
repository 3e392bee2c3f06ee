package dev.parley.interop.internal;

/** A row that cannot be imported, with the column at fault and the rule it breaks. */
public final class RowError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String column;
  private final String rule;

  /**
   * Creates the error.
   *
   * @param column the column at fault, or empty
   * @param rule the rule code
   * @param message the message, with the bad value
   */
  public RowError(String column, String rule, String message) {
    super(message, null, false, false);
    this.column = column;
    this.rule = rule;
  }

  /**
   * Returns the column at fault.
   *
   * @return the column, or empty
   */
  public String column() {
    return column;
  }

  /**
   * Returns the rule code.
   *
   * @return the code
   */
  public String rule() {
    return rule;
  }
}
