package dev.parley.record;

/**
 * The closed list of record types a chronicle holds. The token of each type is its stable name
 * in the JSON wire format.
 */
public enum RecordType {
  /** A framework agreement on exchanging prisoners. */
  AGREEMENT("agreement"),
  /** One exchange (tranche) of prisoners or remains. */
  EXCHANGE("exchange"),
  /** A round of talks. */
  NEGOTIATION_ROUND("negotiationRound"),
  /** A ceasefire proposal or unilateral declaration, with its responses and lifecycle. */
  CEASEFIRE_PROPOSAL("ceasefireProposal"),
  /** A claim of territorial control. */
  TERRITORIAL_CLAIM("territorialClaim"),
  /** An assessment of control or of a claim by someone other than the claimant. */
  ASSESSMENT("assessment"),
  /** A strike or attack, with casualties. */
  INCIDENT("incident");

  private final String token;

  RecordType(String token) {
    this.token = token;
  }

  /**
   * Returns the stable name of the type in the wire format.
   *
   * @return such as {@code ceasefireProposal}
   */
  public String token() {
    return token;
  }

  /**
   * Returns the type with a given wire-format name.
   *
   * @param token such as {@code exchange}
   * @return the type, not null
   * @throws IllegalArgumentException if no type has that name
   */
  public static RecordType fromToken(String token) {
    for (RecordType t : values()) {
      if (t.token.equals(token)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown record type \"" + token + "\"");
  }
}
