package dev.parley.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The lines of Parley NDJSON files read into Spark by {@link ParleySpark#read}: one {@code
 * Dataset<Row>} per record type with the schemas of {@link ParleySchemas} (plus {@code sourceFile}
 * and {@code sourceLine}), the rejected lines, the chronicle's cross-record findings and the
 * domain's aggregations. Every method returns a lazy dataset a user can chain SQL on.
 *
 * <p>Each dataset is computed from the files when an action runs; to read the files once for
 * several datasets, {@link #cache()} first. Instances are immutable; the datasets are Spark's.
 */
public final class ParleyData {
  private final Dataset<Row> lines;

  ParleyData(Dataset<Row> lines) {
    this.lines = lines;
  }

  /**
   * Keeps the lines read in memory (spilling to disk) once first computed, so that the datasets of
   * this object read the files once.
   *
   * @return a new object over the persisted lines
   */
  public ParleyData cache() {
    return new ParleyData(lines.persist(StorageLevel.MEMORY_AND_DISK()));
  }

  /**
   * Releases what {@link #cache()} kept.
   *
   * @return this object
   */
  public ParleyData unpersist() {
    lines.unpersist();
    return this;
  }

  Dataset<Row> lines() {
    return lines;
  }

  /**
   * Returns the records of one type.
   *
   * @param recordType the type token, such as {@code "exchange"}
   * @return the records, with the type's schema then {@code sourceFile} and {@code sourceLine}
   * @throws IllegalArgumentException if there is no such record type
   */
  public Dataset<Row> records(String recordType) {
    requireNonNull(recordType, "recordType");
    if (!ParleySchemas.BY_TYPE.containsKey(recordType)) {
      throw new IllegalArgumentException(
          "not a record type: "
              + recordType
              + "; expected one of "
              + ParleySchemas.BY_TYPE.keySet());
    }
    return lines
        .where(col("type").equalTo(recordType))
        .select(col(recordType + ".*"), col("sourceFile"), col("sourceLine"));
  }

  /**
   * Returns the parties.
   *
   * @return rows of {@link ParleySchemas#PARTY}, with {@code sourceFile} and {@code sourceLine}
   */
  public Dataset<Row> parties() {
    return records("party");
  }

  /**
   * Returns the places.
   *
   * @return rows of {@link ParleySchemas#PLACE}, with {@code sourceFile} and {@code sourceLine}
   */
  public Dataset<Row> places() {
    return records("place");
  }

  /**
   * Returns the agreements.
   *
   * @return rows of {@link ParleySchemas#AGREEMENT}, with {@code sourceFile} and {@code sourceLine}
   */
  public Dataset<Row> agreements() {
    return records("agreement");
  }

  /**
   * Returns the exchanges.
   *
   * @return rows of {@link ParleySchemas#EXCHANGE}, with {@code sourceFile} and {@code sourceLine}
   */
  public Dataset<Row> exchanges() {
    return records("exchange");
  }

  /**
   * Returns the negotiation rounds.
   *
   * @return rows of {@link ParleySchemas#NEGOTIATION_ROUND}, with {@code sourceFile} and {@code
   *     sourceLine}
   */
  public Dataset<Row> negotiationRounds() {
    return records("negotiationRound");
  }

  /**
   * Returns the ceasefire proposals and declarations.
   *
   * @return rows of {@link ParleySchemas#CEASEFIRE_PROPOSAL}, with {@code sourceFile} and {@code
   *     sourceLine}
   */
  public Dataset<Row> ceasefireProposals() {
    return records("ceasefireProposal");
  }

  /**
   * Returns the territorial claims.
   *
   * @return rows of {@link ParleySchemas#TERRITORIAL_CLAIM}, with {@code sourceFile} and {@code
   *     sourceLine}
   */
  public Dataset<Row> territorialClaims() {
    return records("territorialClaim");
  }

  /**
   * Returns the assessments.
   *
   * @return rows of {@link ParleySchemas#ASSESSMENT}, with {@code sourceFile} and {@code
   *     sourceLine}
   */
  public Dataset<Row> assessments() {
    return records("assessment");
  }

  /**
   * Returns the incidents.
   *
   * @return rows of {@link ParleySchemas#INCIDENT}, with {@code sourceFile} and {@code sourceLine}
   */
  public Dataset<Row> incidents() {
    return records("incident");
  }

  /**
   * Returns the truces agreed through mediators.
   *
   * @return rows of {@link ParleySchemas#TRUCE}, with {@code sourceFile} and {@code sourceLine}
   */
  public Dataset<Row> truces() {
    return records("truce");
  }

  /**
   * Returns the lines that were not read as records.
   *
   * @return rows of {@link ParleySchemas#REJECTED}
   */
  public Dataset<Row> rejected() {
    return lines
        .where(col("type").equalTo(Envelope.REJECTED))
        .select(col(Envelope.REJECTED + ".*"));
  }

  /**
   * Checks the records as a whole, as {@code Chronicle.validate()} does for a chronicle built from
   * the same records in the order read, with joins and aggregations: duplicate ids, party, place
   * and record references that do not resolve, the rules between agreements and their tranches,
   * counter-proposals' parties, and the territorial rules between claims and assessments. Rejected
   * lines take no part.
   *
   * @return rows of {@link ParleySchemas#FINDING}: the same findings (rule code, severity, path,
   *     message) as the chronicle's report, in no particular order
   */
  public Dataset<Row> validate() {
    return CrossRecordRules.findings(lines);
  }

  /**
   * Returns how much of each agreement is fulfilled as of a day, as {@code
   * chronicle.exchanges().fulfilment(agreement, asOf)}: one row per quota of each agreement (an
   * agreement without quotas has one row with a null quota index), with the completed tranches
   * counted.
   *
   * @param asOf the day; tranches whose last possible day is later do not count
   * @return rows of {@link Aggregations#FULFILMENT}
   */
  public Dataset<Row> fulfilment(LocalDate asOf) {
    return Aggregations.fulfilment(lines, requireNonNull(asOf, "asOf"));
  }

  /**
   * Sums the casualties of incidents per region of their place and calendar month, as {@code
   * chronicle.incidents().casualties(month, region)}: an incident counts in every month its date
   * overlaps; low, best and high are summed apart (an unknown figure makes the sum unknown, an open
   * upper bound makes it "at least"). Incidents at places without a region, or at places not given,
   * are left out.
   *
   * @return rows of {@link Aggregations#CASUALTIES}
   */
  public Dataset<Row> casualtiesByRegionAndMonth() {
    return Aggregations.casualties(lines);
  }

  /**
   * Returns the status of every ceasefire proposal on each day of a period, as {@code
   * chronicle.ceasefires().status(id, at)} at the last instant of the day in a zone; days before a
   * proposal was made have no row.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @param zone the zone in which days are read
   * @return rows of {@link Aggregations#PROPOSAL_STATUS}
   */
  public Dataset<Row> proposalStatusPerDay(LocalDate from, LocalDate to, ZoneId zone) {
    return Aggregations.proposalStatus(lines, from, to, zone);
  }

  /**
   * Returns who controls each place on each day of a period, as {@code
   * chronicle.territory().latestController(place, day)}: from the latest assessment that counts;
   * places and days without one have no row.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return rows of {@link Aggregations#CONTROLLER}
   */
  public Dataset<Row> controllerPerPlacePerDay(LocalDate from, LocalDate to) {
    return Aggregations.controllers(lines, from, to);
  }

  /**
   * Writes every record back as Parley NDJSON through Spark's text writer: one file per partition
   * under {@code path}, each starting with the header line, so each is a valid stream. Rejected
   * lines are not written. The directory must not exist.
   *
   * @param path the output directory
   */
  public void writeNdjson(String path) {
    ParleyWriter.ndjsonLines(lines.where(col("type").notEqual(Envelope.REJECTED)))
        .write()
        .text(requireNonNull(path, "path"));
  }

  /**
   * Writes each record type, and the rejected lines, as Parquet through Spark's writer: one
   * directory per type under {@code path} ({@code party}, {@code exchange}, ..., {@code rejected}),
   * with the schemas of {@link ParleySchemas}.
   *
   * @param path the output directory, which must not exist
   */
  public void writeParquet(String path) {
    requireNonNull(path, "path");
    for (String type : ParleySchemas.BY_TYPE.keySet()) {
      records(type).write().parquet(path + "/" + type);
    }
    rejected().write().parquet(path + "/" + Envelope.REJECTED);
  }
}
