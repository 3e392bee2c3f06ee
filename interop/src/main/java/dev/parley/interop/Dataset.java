package dev.parley.interop;

/**
 * The event datasets Parley imports, with the name that provenance gives them and the prefix of the
 * ids made from their rows.
 */
public enum Dataset {
  /** The Armed Conflict Location and Event Data project's event exports. */
  ACLED("ACLED", "acled"),
  /** The UCDP Georeferenced Event Dataset. */
  UCDP_GED("UCDP GED", "ucdp-ged"),
  /** Event data in the PLOVER specification (such as POLECAT). */
  PLOVER("PLOVER", "plover");

  private final String label;
  private final String prefix;

  Dataset(String label, String prefix) {
    this.label = label;
    this.prefix = prefix;
  }

  /**
   * Returns the name used as the outlet of the dataset's provenance statements.
   *
   * @return such as {@code ACLED} or {@code UCDP GED}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the prefix of record ids made from the dataset's rows, and the scheme of the provenance
   * link that names the row ({@code acled:UKR123}).
   *
   * @return such as {@code acled} or {@code ucdp-ged}
   */
  public String prefix() {
    return prefix;
  }
}
