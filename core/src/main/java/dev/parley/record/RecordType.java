package dev.parley.record;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Truce;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.incident.Incident;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;

/**
 * The closed list of record types a chronicle holds, each with its Java class and its token, the
 * stable name of the type in the JSON wire format.
 *
 * <pre>{@code
 * RecordType.EXCHANGE.javaType();            // Exchange.class
 * RecordType.fromToken("ceasefireProposal"); // CEASEFIRE_PROPOSAL
 * }</pre>
 *
 * <p>This enum is the one list of record types: the classes permitted to implement {@link
 * ChronicleRecord}, the chronicle's grouping by type, the crosswalk and the JSON codecs, schemas,
 * golden files and format documentation are derived from it or checked against it.
 */
public enum RecordType {
  /** A framework agreement on exchanging prisoners. */
  AGREEMENT(Agreement.class, "agreement"),
  /** One exchange (tranche) of prisoners or remains. */
  EXCHANGE(Exchange.class, "exchange"),
  /** A round of talks. */
  NEGOTIATION_ROUND(NegotiationRound.class, "negotiationRound"),
  /** A ceasefire proposal or unilateral declaration, with its responses and lifecycle. */
  CEASEFIRE_PROPOSAL(CeasefireProposal.class, "ceasefireProposal"),
  /** A claim of territorial control. */
  TERRITORIAL_CLAIM(TerritorialClaim.class, "territorialClaim"),
  /** An assessment of control or of a claim by someone other than the claimant. */
  ASSESSMENT(Assessment.class, "assessment"),
  /** A strike or attack, with casualties. */
  INCIDENT(Incident.class, "incident"),
  /** A truce agreed by two or more sides through mediators, with its extensions. */
  TRUCE(Truce.class, "truce");

  private final Class<? extends ChronicleRecord> javaType;
  private final String token;

  RecordType(Class<? extends ChronicleRecord> javaType, String token) {
    this.javaType = javaType;
    this.token = token;
  }

  /**
   * Returns the public Java class of the type's records.
   *
   * @return such as {@code Exchange.class}
   */
  public Class<? extends ChronicleRecord> javaType() {
    return javaType;
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

  /**
   * Returns the type whose records are of a Java class.
   *
   * @param javaType a record class, such as {@code Exchange.class}
   * @return the type, not null
   * @throws IllegalArgumentException if the class is not the class of a record type
   */
  public static RecordType of(Class<? extends ChronicleRecord> javaType) {
    for (RecordType t : values()) {
      if (t.javaType.isAssignableFrom(javaType)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a record class: " + javaType.getName());
  }
}
