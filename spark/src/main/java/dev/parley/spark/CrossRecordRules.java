package dev.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import dev.parley.ceasefire.CeasefireFindings;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Truce;
import dev.parley.ceasefire.TruceFindings;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.ExchangeFindings;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import dev.parley.territory.TerritoryFindings;
import dev.parley.validation.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The chronicle's cross-record rules ({@code ChronicleRules} in the core) as joins and
 * aggregations. Identity and references are plain SQL; the rules within one agreement's tranches,
 * one proposal's counter-proposals, one claimant's claims about a territory on a date, one
 * assessment with its claim, and one truce with the records its conditions link to run the core's
 * own functions on each group, so the findings are the core's, word for word.
 */
final class CrossRecordRules {
  private CrossRecordRules() {}

  static final Encoder<Row> FINDINGS = Encoders.row(ParleySchemas.FINDING);

  private static final String DUPLICATE_ID = "CHRONICLE_DUPLICATE_ID";
  private static final String DANGLING_PARTY = "CHRONICLE_DANGLING_PARTY";
  private static final String DANGLING_PLACE = "CHRONICLE_DANGLING_PLACE";
  private static final String DANGLING_RECORD = "CHRONICLE_DANGLING_RECORD";

  static Dataset<Row> findings(Dataset<Row> lines) {
    Column isParty = col("type").equalTo("party");
    Column isPlace = col("type").equalTo("place");
    Column isRecord = col("type").isin("party", "place", Envelope.REJECTED).unary_$bang();
    // narrow projections first: each rule shuffles only the columns it needs
    Dataset<Row> parties =
        lines
            .where(isParty)
            .select(
                col("id"),
                col("fileIndex"),
                col("sourceLine"),
                col("party.actingFor").as("target"));
    Dataset<Row> places = lines.where(isPlace).select(col("id"));
    Dataset<Row> records = lines.where(isRecord);

    Dataset<Row> out =
        duplicates(parties, "party")
            .union(duplicates(places, "place"))
            .union(duplicates(records.select(col("id")), "record"));

    Dataset<Row> partyIds = parties.select(col("id").as("ref")).distinct();
    Dataset<Row> placeIds = places.select(col("id").as("ref")).distinct();
    Dataset<Row> recordIds = records.select(col("id").as("ref")).distinct();

    Dataset<Row> actingFor =
        latest(parties)
            .where(col("target").isNotNull())
            .join(partyIds, col("target").equalTo(partyIds.col("ref")), "left_anti");
    out =
        out.union(
            findingColumns(
                actingFor.select(
                    lit(DANGLING_PARTY),
                    lit("ERROR"),
                    col("id"),
                    concat(col("id"), lit(".actingFor")),
                    concat(
                        lit("party "),
                        col("id"),
                        lit(" acts for "),
                        col("target"),
                        lit(", which is not in the chronicle")))));
    Dataset<Row> refs =
        latest(
            records.select(
                col("type"),
                col("id"),
                col("fileIndex"),
                col("sourceLine"),
                col("refParties"),
                col("refPlaces"),
                col("refRecords")));
    out = out.union(dangling(refs, "refParties", partyIds, DANGLING_PARTY, "party"));
    out = out.union(dangling(refs, "refPlaces", placeIds, DANGLING_PLACE, "place"));
    out = out.union(dangling(refs, "refRecords", recordIds, DANGLING_RECORD, "record"));

    out = out.union(exchanges(latestOf(records, "agreement", "exchange")));
    out = out.union(counterProposals(latestOf(records, "ceasefireProposal")));
    out = out.union(claimConflicts(latestOf(records, "territorialClaim")));
    out = out.union(assessments(latestOf(records, "assessment", "territorialClaim")));
    out = out.union(links(latestOf(records, RECORD_TYPES)));
    out = out.union(truceLinks(records));
    return out;
  }

  /** The tokens of every record type, for the rules whose links may point at any record. */
  private static final String[] RECORD_TYPES =
      java.util.Arrays.stream(dev.parley.record.RecordType.values())
          .map(dev.parley.record.RecordType::token)
          .toArray(String[]::new);

  /** The codes of the rules on extension, amendment and truce links. */
  private static final java.util.Set<String> LINK_RULES =
      java.util.Set.of(
          "EXCHANGE_REVISION_NOT_AGREEMENT",
          "EXCHANGE_REVISION_CYCLE",
          "EXCHANGE_REVISION_BEFORE_REVISED",
          "EXCHANGE_TRUCE_NOT_CEASEFIRE",
          "CEASEFIRE_EXCHANGE_AGREEMENT_NOT_AGREEMENT",
          "EXCHANGE_TRANCHE_BEFORE_TRUCE");

  /**
   * The rules on the links between agreements (extensions and amendments) and between exchange
   * agreements and truces. They follow chains of links, so they run on one group: every agreement
   * and ceasefire, the records the links point at, and the exchanges of the linked agreements; the
   * core's chronicle checks the group and only the link rules' findings are kept, word for word.
   */
  private static Dataset<Row> links(Dataset<Row> latest) {
    Dataset<Row> targets =
        latest
            .where(col("type").equalTo("agreement"))
            .select(col("agreement.revises.agreement").as("target"))
            .union(
                latest
                    .where(col("type").equalTo("agreement"))
                    .select(col("agreement.truce").as("target")))
            .union(
                latest
                    .where(col("type").equalTo("ceasefireProposal"))
                    .select(explode(col("ceasefireProposal.exchangeAgreements")).as("target")))
            .where(col("target").isNotNull());
    Dataset<Row> linked =
        targets
            .union(
                latest
                    .where(
                        col("type")
                            .equalTo("agreement")
                            .and(
                                col("agreement.revises")
                                    .isNotNull()
                                    .or(col("agreement.truce").isNotNull())))
                    .select(col("id").as("target")))
            .distinct();
    Dataset<Row> exchanges =
        latest
            .where(col("type").equalTo("exchange"))
            .join(linked, col("exchange.agreement").equalTo(linked.col("target")), "left_semi");
    Dataset<Row> pointedAt =
        latest.join(targets, col("id").equalTo(targets.col("target")), "left_semi");
    Dataset<Row> group =
        latest
            .where(col("type").isin("agreement", "ceasefireProposal"))
            .union(pointedAt)
            .union(exchanges)
            .dropDuplicates("id");
    return group
        .groupByKey((MapFunction<Row, String>) r -> "links", Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>)
                (key, rows) -> {
                  List<dev.parley.record.ChronicleRecord> records = new ArrayList<>();
                  List<String> ids = new ArrayList<>();
                  while (rows.hasNext()) {
                    Row r = rows.next();
                    String type = r.getAs("type");
                    records.add(
                        (dev.parley.record.ChronicleRecord)
                            ParleyRows.toValue(r.getAs(type), type));
                    ids.add(r.getAs("id"));
                  }
                  List<Finding> kept = new ArrayList<>();
                  for (Finding f :
                      dev.parley.chronicle.Chronicle.builder()
                          .addAllRecords(records)
                          .build()
                          .validate()
                          .findings()) {
                    if (LINK_RULES.contains(f.rule())) {
                      kept.add(f);
                    }
                  }
                  return rows(kept, ids);
                },
            FINDINGS);
  }

  /**
   * The latest records by id (among records of every type) that are of the given types, with only
   * their columns.
   */
  static Dataset<Row> latestOf(Dataset<Row> records, String... types) {
    Column[] columns = new Column[4 + types.length];
    columns[0] = col("type");
    columns[1] = col("id");
    columns[2] = col("fileIndex");
    columns[3] = col("sourceLine");
    for (int i = 0; i < types.length; i++) {
      columns[4 + i] = when(col("type").equalTo(types[i]), col(types[i])).as(types[i]);
    }
    return latest(records.select(columns)).where(col("type").isin((Object[]) types));
  }

  private static Dataset<Row> findingColumns(Dataset<Row> five) {
    return five.toDF(ParleySchemas.FINDING.fieldNames());
  }

  private static Dataset<Row> duplicates(Dataset<Row> rows, String kind) {
    return findingColumns(
        rows.groupBy(col("id"))
            .agg(count(lit(1)).as("n"))
            .where(col("n").gt(1))
            .select(
                lit(DUPLICATE_ID),
                lit("ERROR"),
                col("id"),
                col("id"),
                concat(
                    col("n").cast("string"),
                    lit(" " + kind + " entries share the id "),
                    col("id"),
                    lit("; lookups see the last one added"))));
  }

  /** The entry read last of each id, as a chronicle's lookups by id see it. */
  static Dataset<Row> latest(Dataset<Row> rows) {
    WindowSpec w =
        Window.partitionBy(col("id")).orderBy(col("fileIndex").desc(), col("sourceLine").desc());
    return rows.withColumn("_rank", row_number().over(w))
        .where(col("_rank").equalTo(1))
        .drop("_rank");
  }

  private static Dataset<Row> dangling(
      Dataset<Row> records, String refs, Dataset<Row> known, String code, String noun) {
    Dataset<Row> refsOf = records.select(col("type"), col("id"), explode(col(refs)).as("target"));
    return findingColumns(
        refsOf
            .join(known, refsOf.col("target").equalTo(known.col("ref")), "left_anti")
            .select(
                lit(code),
                lit("ERROR"),
                col("id"),
                col("id"),
                concat(
                    col("type"),
                    lit(" "),
                    col("id"),
                    lit(" refers to " + noun + " "),
                    col("target"),
                    lit(", which is not in the chronicle"))));
  }

  /** What is computed from one agreement and the exchanges that name it. */
  interface AgreementGroup extends java.io.Serializable {
    Iterator<Row> apply(Agreement agreement, List<Exchange> exchanges);
  }

  /**
   * Runs a function on every latest agreement with the latest exchanges that name it; exchanges
   * naming no agreement among the latest are left out, as a chronicle leaves them out.
   */
  static Dataset<Row> perAgreement(Dataset<Row> latest, AgreementGroup f, Encoder<Row> encoder) {
    Dataset<Row> agreements =
        latest.where(col("type").equalTo("agreement")).select(col("agreement.*"));
    Dataset<Row> exchanges =
        latest
            .where(col("type").equalTo("exchange").and(col("exchange.agreement").isNotNull()))
            .select(col("exchange.*"));
    return agreements
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("id"), Encoders.STRING())
        .cogroup(
            exchanges.groupByKey(
                (MapFunction<Row, String>) r -> r.getAs("agreement"), Encoders.STRING()),
            (CoGroupFunction<String, Row, Row, Row>)
                (id, as, es) -> {
                  if (!as.hasNext()) {
                    return java.util.Collections.emptyIterator();
                  }
                  Agreement a = ParleyRows.toValue(as.next(), Agreement.class);
                  List<Exchange> tranches = new ArrayList<>();
                  es.forEachRemaining(r -> tranches.add(ParleyRows.toValue(r, Exchange.class)));
                  return f.apply(a, tranches);
                },
            encoder);
  }

  private static Dataset<Row> exchanges(Dataset<Row> latest) {
    return perAgreement(
        latest,
        (a, tranches) -> {
          List<String> ids = new ArrayList<>();
          ids.add(a.id().value());
          tranches.forEach(e -> ids.add(e.id().value()));
          return rows(ExchangeFindings.checkAgreement(a, tranches), ids);
        },
        FINDINGS);
  }

  private static Dataset<Row> counterProposals(Dataset<Row> latest) {
    Dataset<Row> proposals = latest.select(col("ceasefireProposal").as("p"));
    Dataset<Row> pairs =
        proposals
            .select(col("p.id").as("pid"), explode(col("p.responses.counterProposal")).as("cid"))
            .where(col("cid").isNotNull())
            .distinct();
    Dataset<Row> counters =
        pairs
            .join(proposals.select(col("p").as("c")), col("cid").equalTo(col("c.id")))
            .select(col("pid"), col("c"));
    return proposals
        .groupByKey((MapFunction<Row, String>) r -> r.getStruct(0).getAs("id"), Encoders.STRING())
        .cogroup(
            counters.groupByKey((MapFunction<Row, String>) r -> r.getAs("pid"), Encoders.STRING()),
            (CoGroupFunction<String, Row, Row, Row>)
                (id, ps, cs) -> {
                  if (!ps.hasNext() || !cs.hasNext()) {
                    return java.util.Collections.emptyIterator();
                  }
                  CeasefireProposal p =
                      ParleyRows.toValue(ps.next().getStruct(0), CeasefireProposal.class);
                  Map<RecordId, CeasefireProposal> known = new HashMap<>();
                  while (cs.hasNext()) {
                    CeasefireProposal c =
                        ParleyRows.toValue(cs.next().getStruct(1), CeasefireProposal.class);
                    known.put(c.id(), c);
                  }
                  return rows(
                      CeasefireFindings.checkCounterProposal(p, known), List.of(p.id().value()));
                },
            FINDINGS);
  }

  private static Dataset<Row> claimConflicts(Dataset<Row> latest) {
    Column territory =
        when(col("c.subject.place").isNotNull(), concat(lit("place:"), col("c.subject.place")))
            .when(
                col("c.subject.percent").isNotNull(),
                concat(lit("share:"), col("c.subject.country")))
            .otherwise(concat(lit("region:"), col("c.subject.region")));
    Dataset<Row> claims =
        latest
            .select(col("territorialClaim").as("c"))
            .withColumn(
                "moment",
                concat(
                    col("c.claimant"),
                    lit("\u0000"),
                    territory,
                    lit("\u0000"),
                    col("c.asOf.text")));
    // only claims that share their moment with another can conflict
    Dataset<Row> shared =
        claims
            .withColumn("n", count(lit(1)).over(Window.partitionBy(col("moment"))))
            .where(col("n").gt(1));
    return shared
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("moment"), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>)
                (moment, rows) -> {
                  List<TerritorialClaim> group = new ArrayList<>();
                  List<String> ids = new ArrayList<>();
                  while (rows.hasNext()) {
                    TerritorialClaim c =
                        ParleyRows.toValue(rows.next().getStruct(0), TerritorialClaim.class);
                    group.add(c);
                    ids.add(c.id().value());
                  }
                  group.sort(Comparator.comparing(TerritorialClaim::id));
                  return rows(TerritoryFindings.checkClaimConflicts(group), ids);
                },
            FINDINGS);
  }

  private static Dataset<Row> assessments(Dataset<Row> latest) {
    Dataset<Row> assessed =
        latest
            .where(col("type").equalTo("assessment").and(col("assessment.claim").isNotNull()))
            .select(col("assessment").as("a"));
    Dataset<Row> claims =
        latest
            .where(col("type").equalTo("territorialClaim"))
            .select(col("territorialClaim").as("c"));
    return assessed
        .join(claims, col("a.claim").equalTo(col("c.id")))
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  Assessment a = ParleyRows.toValue(r.getStruct(0), Assessment.class);
                  TerritorialClaim c = ParleyRows.toValue(r.getStruct(1), TerritorialClaim.class);
                  return rows(
                      TerritoryFindings.checkAssessment(a, c),
                      List.of(a.id().value(), c.id().value()));
                },
            FINDINGS);
  }

  /**
   * Conditions of the latest truces that link to a latest record of another type than exchange or
   * agreement: the core's {@code TruceFindings.checkLinks} on each truce with the types of the
   * records it links to.
   */
  private static Dataset<Row> truceLinks(Dataset<Row> records) {
    Dataset<Row> truces = latestOf(records, "truce").select(col("truce").as("t"));
    Dataset<Row> links =
        truces
            .select(
                col("t.id").as("tid"), explode(col("t.extensions.condition.exchange")).as("target"))
            .where(col("target").isNotNull())
            .distinct();
    Dataset<Row> types =
        latest(records.select(col("type"), col("id"), col("fileIndex"), col("sourceLine")))
            .where(col("type").isin("exchange", "agreement").unary_$bang())
            .select(col("id").as("rid"), col("type").as("rtype"));
    Dataset<Row> wrong =
        links
            .join(types, col("target").equalTo(col("rid")))
            .select(col("tid"), col("target"), col("rtype"));
    return truces
        .groupByKey((MapFunction<Row, String>) r -> r.getStruct(0).getAs("id"), Encoders.STRING())
        .cogroup(
            wrong.groupByKey((MapFunction<Row, String>) r -> r.getAs("tid"), Encoders.STRING()),
            (CoGroupFunction<String, Row, Row, Row>)
                (id, ts, ws) -> {
                  if (!ts.hasNext() || !ws.hasNext()) {
                    return java.util.Collections.emptyIterator();
                  }
                  Truce t = ParleyRows.toValue(ts.next().getStruct(0), Truce.class);
                  Map<RecordId, RecordType> typesById = new HashMap<>();
                  while (ws.hasNext()) {
                    Row w = ws.next();
                    typesById.put(
                        RecordId.of(w.getAs("target")), RecordType.fromToken(w.getAs("rtype")));
                  }
                  return rows(TruceFindings.checkLinks(t, typesById), List.of(t.id().value()));
                },
            FINDINGS);
  }

  private static Iterator<Row> rows(Collection<Finding> findings, List<String> ids) {
    List<Row> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(row(f, recordId(f.path(), ids)));
    }
    return out.iterator();
  }

  static Row row(Finding f, String recordId) {
    return RowFactory.create(f.rule(), f.severity().name(), recordId, f.path(), f.message());
  }

  /**
   * The id a path starts with: the longest of the candidates that is the whole path or is followed
   * by a dot (ids may themselves contain dots).
   */
  static String recordId(String path, Collection<String> ids) {
    String best = null;
    for (String id : ids) {
      if (path.startsWith(id)
          && (path.length() == id.length() || path.charAt(id.length()) == '.')
          && (best == null || id.length() > best.length())) {
        best = id;
      }
    }
    return best != null ? best : path;
  }
}
