package dev.parley.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL schemas of Parley's records, one per record type, mirroring the JSON format
 * (docs/json-format.md) property for property: a JSON object is a struct, an array an array, a
 * breakdown a map from category token to count, and a property left out is {@code null} (an array
 * left out is an empty array; a flag left out is {@code false}). Three vocabulary values are spread
 * into columns so that SQL can use them:
 *
 * <ul>
 *   <li>a <b>reported date</b> is {@link #DATE}: {@code text} (as written, such as {@code
 *       "2025-05"}), {@code precision} ({@code day}, {@code week}, {@code month}, {@code year},
 *       {@code range}), and {@code start} and {@code end}, the first and last day it covers;
 *   <li>an <b>estimate</b> is {@link #ESTIMATE}: {@code kind} and the {@code low}, {@code best} and
 *       {@code high} figures; an exact figure fills all three, {@code at_least} only {@code low}, a
 *       range {@code low} and {@code high} and, if given, {@code best}; {@code approximate} ("about
 *       900") only {@code best}, and {@code low} when a sum carried a firm lower bound, never an
 *       invented bound; {@code unknown} none;
 *   <li><b>provenance</b> (and every other list of statements) is an array of {@link #STATEMENT}
 *       structs, each with its {@link #SOURCE}.
 * </ul>
 *
 * <p>Tokens, ids, zoned date-times, durations and time points are strings as in the JSON; the
 * percent of a territorial share is its exact decimal text. Incidents carry two columns the JSON
 * does not, {@code killed} and {@code injured}: the current figures (the last revision's, unknown
 * when none), derived and ignored when a row is converted back. Every dataset of records that
 * {@link ParleySpark#read} returns also has {@code sourceFile} and {@code sourceLine}, where the
 * record was read. This class has no instances.
 */
public final class ParleySchemas {
  private ParleySchemas() {}

  /** Metadata key that marks a column whose JSON form differs from its Spark form. */
  static final String ROLE = "parley";

  static final String ROLE_DATE = "date";
  static final String ROLE_ESTIMATE = "estimate";
  static final String ROLE_FLAG = "flag";
  static final String ROLE_DECIMAL = "decimal";
  static final String ROLE_DERIVED = "derived";

  /** The struct of a reported date: text, precision, start, end. */
  public static final StructType DATE =
      new StructType()
          .add("text", DataTypes.StringType, false)
          .add("precision", DataTypes.StringType, false)
          .add("start", DataTypes.DateType, false)
          .add("end", DataTypes.DateType, false);

  /** The struct of an estimate: kind, low, best, high. */
  public static final StructType ESTIMATE =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("low", DataTypes.LongType, true)
          .add("best", DataTypes.LongType, true)
          .add("high", DataTypes.LongType, true);

  /** The struct of a source: speaker, organ, outlet, link, published. */
  public static final StructType SOURCE =
      new StructType()
          .add("speaker", DataTypes.StringType)
          .add("organ", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("link", DataTypes.StringType)
          .add(date("published"));

  /** The struct of a statement: source and stance. */
  public static final StructType STATEMENT =
      new StructType().add("source", SOURCE, false).add("stance", DataTypes.StringType, false);

  private static final StructType PARTICIPANT =
      new StructType()
          .add("party", DataTypes.StringType, false)
          .add("role", DataTypes.StringType, false);

  private static final StructType CONDITION =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("demandedBy", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("timing", DataTypes.StringType, false);

  private static final StructType CONDITION_GROUP =
      new StructType().add(array("conditions", CONDITION));

  private static final StructType SOURCED_ESTIMATE =
      new StructType()
          .add(new StructField("estimate", ESTIMATE, false, role(ROLE_ESTIMATE)))
          .add(array("sources", STATEMENT));

  /** Schema of {@code party} records. */
  public static final StructType PARTY =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("country", DataTypes.StringType)
          .add("actingFor", DataTypes.StringType);

  /** Schema of {@code place} records. */
  public static final StructType PLACE =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("country", DataTypes.StringType, false)
          .add("region", DataTypes.StringType)
          .add(
              "coordinates",
              new StructType()
                  .add("latitude", DataTypes.DoubleType, false)
                  .add("longitude", DataTypes.DoubleType, false))
          .add("precision", DataTypes.StringType, false)
          .add("borderWith", DataTypes.StringType);

  /** Schema of {@code agreement} records. */
  public static final StructType AGREEMENT =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add(date("agreed"))
          .add(strings("sides"))
          .add(
              array(
                  "quotas",
                  new StructType()
                      .add("releasing", DataTypes.StringType, false)
                      .add("count", DataTypes.LongType)
                      .add("category", DataTypes.StringType)
                      .add("description", DataTypes.StringType)
                      .add(
                          "ages",
                          new StructType()
                              .add("from", DataTypes.IntegerType)
                              .add("to", DataTypes.IntegerType))
                      .add(strings("jointWith"))
                      .add(
                          "ratio",
                          new StructType()
                              .add("released", DataTypes.LongType, false)
                              .add("per", DataTypes.LongType, false)
                              .add("counterpart", DataTypes.StringType, false)
                              .add("counterpartCategory", DataTypes.StringType))))
          .add(flag("parity"))
          .add(date("targetPeriod"))
          .add("venue", DataTypes.StringType)
          .add("negotiationRound", DataTypes.StringType)
          .add(array("participants", PARTICIPANT))
          .add(date("implementationStart"))
          .add(
              array(
                  "reportedTotals",
                  new StructType()
                      .add("releasing", DataTypes.StringType, false)
                      .add("category", DataTypes.StringType)
                      .add(estimate("total"))
                      .add(date("asOf"))
                      .add(array("sources", STATEMENT))))
          .add(array("sources", STATEMENT))
          .add("note", DataTypes.StringType)
          .add(
              "revises",
              new StructType()
                  .add("agreement", DataTypes.StringType, false)
                  .add("kind", DataTypes.StringType, false))
          .add("truce", DataTypes.StringType);

  /** Schema of {@code exchange} records. */
  public static final StructType EXCHANGE =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("agreement", DataTypes.StringType)
          .add("trancheNumber", DataTypes.IntegerType)
          .add(date("date"))
          .add("status", DataTypes.StringType, false)
          .add(
              array(
                  "directions",
                  new StructType()
                      .add("releasing", DataTypes.StringType, false)
                      .add("receiving", DataTypes.StringType)
                      .add("receiverRole", DataTypes.StringType)
                      .add("releasedInto", DataTypes.StringType)
                      .add(
                          array(
                              "figures",
                              new StructType()
                                  .add(estimate("total"))
                                  .add(
                                      "breakdown",
                                      DataTypes.createMapType(
                                          DataTypes.StringType, DataTypes.LongType, false))
                                  .add(array("statements", STATEMENT))
                                  .add(
                                      array(
                                          "notables",
                                          new StructType()
                                              .add("name", DataTypes.StringType, false)
                                              .add("party", DataTypes.StringType)
                                              .add("category", DataTypes.StringType)))
                                  .add(
                                      array(
                                          "parts",
                                          new StructType()
                                              .add(estimate("count"))
                                              .add("category", DataTypes.StringType)
                                              .add("counting", DataTypes.StringType, false)
                                              .add("description", DataTypes.StringType)))))
                      .add(
                          "custody",
                          new StructType()
                              .add("custodian", DataTypes.StringType, false)
                              .add("count", DataTypes.LongType)
                              .add("terms", DataTypes.StringType, false)
                              .add(date("until"))
                              .add("condition", DataTypes.StringType)
                              .add(date("ended")))
                      .add(array("participants", PARTICIPANT))
                      .add(
                          array(
                              "routes",
                              new StructType()
                                  .add("from", DataTypes.StringType, false)
                                  .add(array("via", DataTypes.StringType))
                                  .add("to", DataTypes.StringType, false)))))
          .add("timeOfDay", DataTypes.StringType)
          .add("zone", DataTypes.StringType)
          .add("venue", DataTypes.StringType)
          .add(array("participants", PARTICIPANT))
          .add(
              "runningNumber",
              new StructType()
                  .add("number", DataTypes.IntegerType, false)
                  .add(array("sources", STATEMENT)))
          .add("note", DataTypes.StringType);

  /** Schema of {@code negotiationRound} records. */
  public static final StructType NEGOTIATION_ROUND =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("venue", DataTypes.StringType, false)
          .add(date("date"))
          .add(
              "window",
              new StructType()
                  .add("start", DataTypes.StringType, false)
                  .add("end", DataTypes.StringType))
          .add("duration", DataTypes.StringType)
          .add("format", DataTypes.StringType, false)
          .add(
              array(
                  "delegations",
                  new StructType()
                      .add("party", DataTypes.StringType, false)
                      .add("head", DataTypes.StringType)
                      .add(strings("members"))))
          .add(array("participants", PARTICIPANT))
          .add(strings("outcomes"))
          .add("note", DataTypes.StringType)
          .add(array("provenance", STATEMENT));

  /** Schema of {@code truce} records. */
  public static final StructType TRUCE =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add(strings("parties"))
          .add(strings("mediators"))
          .add("announced", DataTypes.StringType, false)
          .add("zone", DataTypes.StringType, false)
          .add("inForce", DataTypes.StringType, false)
          .add("length", DataTypes.StringType)
          .add("end", DataTypes.StringType)
          .add(
              array(
                  "extensions",
                  new StructType()
                      .add("announced", DataTypes.StringType, false)
                      .add("end", DataTypes.StringType, false)
                      .add(
                          "condition",
                          new StructType()
                              .add("exchange", DataTypes.StringType, false)
                              .add("releasedBy", DataTypes.StringType)
                              .add("count", DataTypes.LongType))))
          .add("note", DataTypes.StringType)
          .add(array("provenance", STATEMENT));

  /** Schema of {@code ceasefireProposal} records. */
  public static final StructType CEASEFIRE_PROPOSAL =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("proposer", DataTypes.StringType, false)
          .add(strings("addressees"))
          .add(date("date"))
          .add(
              "scope",
              new StructType()
                  .add("kind", DataTypes.StringType, false)
                  .add("domain", DataTypes.StringType)
                  .add(strings("places"))
                  .add(strings("regions"))
                  .add("description", DataTypes.StringType),
              false)
          .add("duration", DataTypes.StringType)
          .add("proposedStart", DataTypes.StringType)
          .add("extensionTerms", DataTypes.StringType)
          .add(array("conditions", CONDITION))
          .add(array("participants", PARTICIPANT))
          .add("negotiationRound", DataTypes.StringType)
          .add(
              array(
                  "responses",
                  new StructType()
                      .add("party", DataTypes.StringType, false)
                      .add(date("date"))
                      .add("stance", DataTypes.StringType, false)
                      .add(array("conditions", CONDITION))
                      .add("counterProposal", DataTypes.StringType)
                      .add(flag("supersedesEarlier"))
                      .add(array("provenance", STATEMENT))
                      .add(array("alternatives", CONDITION_GROUP))
                      .add(
                          array(
                              "accounts",
                              new StructType()
                                  .add("stance", DataTypes.StringType, false)
                                  .add(array("provenance", STATEMENT))
                                  .add("note", DataTypes.StringType)))
                      .add("note", DataTypes.StringType)))
          .add(
              array(
                  "events",
                  new StructType()
                      .add("kind", DataTypes.StringType, false)
                      .add("time", DataTypes.StringType, false)
                      .add("party", DataTypes.StringType)
                      .add("accused", DataTypes.StringType)
                      .add("place", DataTypes.StringType)
                      .add("extendedBy", DataTypes.StringType)
                      .add("note", DataTypes.StringType)
                      .add(array("provenance", STATEMENT))
                      .add("allegedAt", DataTypes.StringType)
                      .add(array("violations", SOURCED_ESTIMATE))))
          .add(array("provenance", STATEMENT))
          .add(strings("coProposers"))
          .add("venue", DataTypes.StringType)
          .add("occasion", DataTypes.StringType)
          .add("answers", DataTypes.StringType)
          .add("mirrors", DataTypes.StringType)
          .add(array("alternatives", CONDITION_GROUP))
          .add("durationUpTo", DataTypes.StringType)
          .add(flag("durationUnknown"))
          .add(strings("exchangeAgreements"));

  /** Schema of {@code territorialClaim} records. */
  public static final StructType TERRITORIAL_CLAIM =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("claimant", DataTypes.StringType, false)
          .add(
              "subject",
              new StructType()
                  .add("place", DataTypes.StringType)
                  .add("region", DataTypes.StringType)
                  .add("country", DataTypes.StringType)
                  .add(new StructField("percent", DataTypes.StringType, true, role(ROLE_DECIMAL)))
                  .add(flag("approximate")),
              false)
          .add("kind", DataTypes.StringType, false)
          .add("means", DataTypes.StringType, false)
          .add(date("asOf"))
          .add(array("provenance", STATEMENT))
          .add(array("areaKm2", SOURCED_ESTIMATE))
          .add(array("settlements", SOURCED_ESTIMATE));

  /** Schema of {@code assessment} records. */
  public static final StructType ASSESSMENT =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("assessor", DataTypes.StringType, false)
          .add("assessorKind", DataTypes.StringType, false)
          .add("claim", DataTypes.StringType)
          .add("place", DataTypes.StringType)
          .add("status", DataTypes.StringType, false)
          .add(
              "controller",
              new StructType()
                  .add("kind", DataTypes.StringType, false)
                  .add("party", DataTypes.StringType),
              false)
          .add(date("date"))
          .add(array("provenance", STATEMENT));

  /** Schema of {@code incident} records. */
  public static final StructType INCIDENT =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add(date("date"))
          .add("time", DataTypes.StringType)
          .add("place", DataTypes.StringType, false)
          .add("target", DataTypes.StringType, false)
          .add(
              "perpetrator",
              new StructType()
                  .add("party", DataTypes.StringType, false)
                  .add("attribution", DataTypes.StringType, false)
                  .add(array("sources", STATEMENT)))
          .add("weapon", DataTypes.StringType)
          .add(
              "casualties",
              new StructType()
                  .add(
                      array(
                          "revisions",
                          new StructType()
                              .add(date("date"))
                              .add(estimate("killed"))
                              .add(
                                  array(
                                      "killedAmong",
                                      new StructType()
                                          .add("group", DataTypes.StringType, false)
                                          .add("party", DataTypes.StringType)
                                          .add(estimate("killed"))))
                              .add(estimate("injured"))
                              .add(array("sources", STATEMENT)))))
          .add(array("provenance", STATEMENT))
          .add(new StructField("killed", ESTIMATE, false, role(ROLE_DERIVED)))
          .add(new StructField("injured", ESTIMATE, false, role(ROLE_DERIVED)));

  /**
   * Schema of rejected lines: {@code file}, {@code line} (1-based line of the file), {@code kind}
   * (the {@code ParleyJsonException} kind, such as {@code MALFORMED} or {@code RULE_VIOLATION}),
   * {@code pointer} (JSON Pointer of the offending value), {@code column}, {@code ruleCodes} (for a
   * rule violation) and {@code message}.
   */
  public static final StructType REJECTED =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("line", DataTypes.LongType, false)
          .add("kind", DataTypes.StringType, false)
          .add("pointer", DataTypes.StringType, false)
          .add("column", DataTypes.IntegerType, false)
          .add("ruleCodes", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("message", DataTypes.StringType, false);

  /**
   * Schema of validation findings, as {@code dev.parley.validation.Finding} has them: {@code code}
   * (the rule code), {@code severity} ({@code ERROR} or {@code WARNING}), {@code recordId} (the id
   * of the party, place or record concerned, the path's first segment), {@code path} and {@code
   * message}.
   */
  public static final StructType FINDING =
      new StructType()
          .add("code", DataTypes.StringType, false)
          .add("severity", DataTypes.StringType, false)
          .add("recordId", DataTypes.StringType, false)
          .add("path", DataTypes.StringType, false)
          .add("message", DataTypes.StringType, false);

  /** Record type token to schema, in the order of the format's record type list. */
  static final ImmutableMap<String, StructType> BY_TYPE =
      ImmutableMap.<String, StructType>builder()
          .put("party", PARTY)
          .put("place", PLACE)
          .put("agreement", AGREEMENT)
          .put("exchange", EXCHANGE)
          .put("negotiationRound", NEGOTIATION_ROUND)
          .put("ceasefireProposal", CEASEFIRE_PROPOSAL)
          .put("territorialClaim", TERRITORIAL_CLAIM)
          .put("assessment", ASSESSMENT)
          .put("incident", INCIDENT)
          .put("truce", TRUCE)
          .build();

  /**
   * Returns the schema of a record type.
   *
   * @param recordType the type's token as in the JSON {@code type} property, such as {@code
   *     "exchange"}
   * @return the schema, or empty if there is no such record type
   */
  public static Optional<StructType> of(String recordType) {
    return Optional.ofNullable(BY_TYPE.get(requireNonNull(recordType, "recordType")));
  }

  /**
   * Returns every record type token with its schema.
   *
   * @return the types and schemas, in the format's order, immutable
   */
  public static Map<String, StructType> all() {
    return BY_TYPE;
  }

  private static Metadata role(String role) {
    return new MetadataBuilder().putString(ROLE, role).build();
  }

  private static StructField date(String name) {
    return new StructField(name, DATE, true, role(ROLE_DATE));
  }

  private static StructField estimate(String name) {
    return new StructField(name, ESTIMATE, false, role(ROLE_ESTIMATE));
  }

  private static StructField flag(String name) {
    return new StructField(name, DataTypes.BooleanType, false, role(ROLE_FLAG));
  }

  private static StructField strings(String name) {
    return array(name, DataTypes.StringType);
  }

  private static StructField array(String name, DataType element) {
    return new StructField(name, new ArrayType(element, false), false, Metadata.empty());
  }
}
