package dev.parley.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.exchange.Fulfilment;
import dev.parley.exchange.FulfilmentTimeline;
import dev.parley.exchange.QuotaProgress;
import dev.parley.exchange.SideRelease;
import dev.parley.place.PlaceId;
import dev.parley.territory.Assessment;
import dev.parley.territory.ControlIndex;
import dev.parley.territory.Controller;
import dev.parley.territory.TerritorialClaim;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The domain's aggregations over the records read, each as a dataset with a documented schema. This
 * class has no instances.
 */
public final class Aggregations {
  private Aggregations() {}

  /**
   * Schema of {@link ParleyData#fulfilment}: {@code agreement} (id), {@code asOf}, {@code tranches}
   * (ids of the tranches counted), {@code sides} (each side's {@code party} and {@code released}
   * total, an {@link ParleySchemas#ESTIMATE}), and {@code quotas}: per quota of the agreement, in
   * its order, {@code releasing}, {@code count}, {@code category}, {@code description}, {@code
   * released}, {@code remaining} (null unless numeric), {@code met} and {@code overFulfilled}.
   */
  public static final StructType FULFILMENT =
      new StructType()
          .add("agreement", DataTypes.StringType, false)
          .add("asOf", DataTypes.DateType, false)
          .add("tranches", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add(
              "sides",
              DataTypes.createArrayType(
                  new StructType()
                      .add("party", DataTypes.StringType, false)
                      .add("released", ParleySchemas.ESTIMATE, false),
                  false),
              false)
          .add(
              "quotas",
              DataTypes.createArrayType(
                  new StructType()
                      .add("releasing", DataTypes.StringType, false)
                      .add("count", DataTypes.LongType)
                      .add("category", DataTypes.StringType)
                      .add("description", DataTypes.StringType)
                      .add("released", ParleySchemas.ESTIMATE, false)
                      .add("remaining", DataTypes.LongType)
                      .add("met", DataTypes.BooleanType, false)
                      .add("overFulfilled", DataTypes.BooleanType, false),
                  false),
              false);

  /**
   * Schema of {@link ParleyData#casualtiesByRegionAndMonth}: {@code region} (ISO 3166-2 code),
   * {@code month} (first day of the month), {@code incidents} (how many counted), {@code killed}
   * and {@code injured} (summed {@link ParleySchemas#ESTIMATE}s).
   */
  public static final StructType CASUALTIES =
      new StructType()
          .add("region", DataTypes.StringType, false)
          .add("month", DataTypes.DateType, false)
          .add("incidents", DataTypes.LongType, false)
          .add("killed", ParleySchemas.ESTIMATE, false)
          .add("injured", ParleySchemas.ESTIMATE, false);

  /**
   * Schema of {@link ParleyData#proposalStatusPerDay}: {@code proposal} (id), {@code day} and
   * {@code status} (the status token, such as {@code in_effect}).
   */
  public static final StructType PROPOSAL_STATUS =
      new StructType()
          .add("proposal", DataTypes.StringType, false)
          .add("day", DataTypes.DateType, false)
          .add("status", DataTypes.StringType, false);

  /**
   * Schema of {@link ParleyData#controllerPerPlacePerDay}: {@code place} (id), {@code day}, {@code
   * controller} ({@code kind}: {@code party}, {@code contested} or {@code unknown}, and {@code
   * party}) and {@code assessment}, the id of the assessment that says so.
   */
  public static final StructType CONTROLLER =
      new StructType()
          .add("place", DataTypes.StringType, false)
          .add("day", DataTypes.DateType, false)
          .add(
              "controller",
              new StructType()
                  .add("kind", DataTypes.StringType, false)
                  .add("party", DataTypes.StringType),
              false)
          .add("assessment", DataTypes.StringType, false);

  private static Dataset<Row> latestRecords(Dataset<Row> lines, String... types) {
    Column isRecord = col("type").isin("party", "place", Envelope.REJECTED).unary_$bang();
    return CrossRecordRules.latestOf(lines.where(isRecord), types);
  }

  static Dataset<Row> fulfilment(Dataset<Row> lines, LocalDate asOf) {
    boolean javaTime = javaTime(lines);
    return CrossRecordRules.perAgreement(
        latestRecords(lines, "agreement", "exchange"),
        (a, tranches) ->
            List.of(fulfilmentRow(FulfilmentTimeline.of(a, tranches).at(asOf), javaTime))
                .iterator(),
        Encoders.row(FULFILMENT));
  }

  /**
   * Converts a fulfilment to a row of {@link #FULFILMENT}, as {@link ParleyData#fulfilment} has it.
   *
   * @param f the fulfilment, such as {@code chronicle.exchanges().fulfilment(id, asOf).get()}
   * @return the row; its date is a {@code java.sql.Date}
   */
  public static Row fulfilmentRow(Fulfilment f) {
    return fulfilmentRow(f, false);
  }

  static Row fulfilmentRow(Fulfilment f, boolean javaTime) {
    List<String> tranches = new ArrayList<>();
    f.tranches().forEach(t -> tranches.add(t.value()));
    List<Row> sides = new ArrayList<>();
    for (SideRelease s : f.sides()) {
      sides.add(RowFactory.create(s.party().value(), RowCodec.estimate(s.total())));
    }
    List<Row> quotas = new ArrayList<>();
    for (QuotaProgress q : f.quotas()) {
      quotas.add(
          RowFactory.create(
              q.quota().releasing().value(),
              q.quota().count().isPresent() ? q.quota().count().getAsLong() : null,
              q.quota().category().map(c -> c.name().toLowerCase(Locale.ROOT)).orElse(null),
              q.quota().description().orElse(null),
              RowCodec.estimate(q.released()),
              q.remaining().isPresent() ? q.remaining().getAsLong() : null,
              q.isMet(),
              q.isOverFulfilled()));
    }
    return RowFactory.create(
        f.agreement().value(),
        day(f.asOf(), javaTime),
        CollectionConverters.asScala(tranches),
        CollectionConverters.asScala(sides),
        CollectionConverters.asScala(quotas));
  }

  static Dataset<Row> casualties(Dataset<Row> lines) {
    Dataset<Row> latest = latestRecords(lines, "incident");
    Dataset<Row> places =
        CrossRecordRules.latest(
                lines
                    .where(col("type").equalTo("place"))
                    .select(
                        col("id"),
                        col("fileIndex"),
                        col("sourceLine"),
                        col("place.region").as("region")))
            .select(col("id").as("placeId"), col("region"))
            .where(col("region").isNotNull());
    Dataset<Row> incidents =
        latest
            .where(col("type").equalTo("incident"))
            .select(
                col("incident.place").as("at"),
                col("incident.date").as("date"),
                col("incident.killed").as("killed"),
                col("incident.injured").as("injured"));
    Dataset<Row> byMonth =
        incidents
            .join(places, col("at").equalTo(col("placeId")))
            .withColumn(
                "month",
                explode(
                    expr(
                        "sequence(trunc(date.start, 'MM'), trunc(date.end, 'MM'), interval 1 month)")));
    return byMonth
        .groupBy(col("region"), col("month"))
        .agg(expr("count(1)").as("incidents"), sumOf("killed"), sumOf("injured"))
        .select(col("region"), col("month"), col("incidents"), col("killed"), col("injured"));
  }

  /**
   * Sums estimates as {@code Estimate.plus} does, from a zero that is exact: an approximate part
   * makes the sum approximate (best figures add up, the lows give its firm lower bound, no high)
   * when every part has a best figure, and "at least" the sum of the lows when one has none.
   */
  private static Column sumOf(String name) {
    Column anyUnknown = max(col(name + ".kind").equalTo("unknown"));
    Column anyApproximate = max(col(name + ".kind").equalTo("approximate"));
    Column allBest = min(col(name + ".best").isNotNull());
    Column anyAtLeast =
        max(col(name + ".kind").equalTo("at_least")).or(anyApproximate.and(not(allBest)));
    Column low = coalesce(sum(col(name + ".low")), lit(0L));
    Column high = sum(col(name + ".high"));
    Column best = sum(col(name + ".best"));
    Column kind =
        when(anyUnknown, lit("unknown"))
            .when(anyAtLeast, lit("at_least"))
            .when(anyApproximate, lit("approximate"))
            .when(low.equalTo(high), lit("exact"))
            .otherwise(lit("range"));
    Column outLow =
        when(anyUnknown, lit(null).cast("long"))
            .when(anyApproximate.and(not(anyAtLeast)).and(low.equalTo(0)), lit(null).cast("long"))
            .otherwise(low);
    Column outHigh =
        when(anyUnknown.or(anyAtLeast).or(anyApproximate), lit(null).cast("long")).otherwise(high);
    Column outBest =
        when(anyUnknown.or(anyAtLeast), lit(null).cast("long"))
            .when(anyApproximate, best)
            .when(low.equalTo(high), low)
            .when(allBest, best)
            .otherwise(lit(null).cast("long"));
    return struct(kind.as("kind"), outLow.as("low"), outBest.as("best"), outHigh.as("high"))
        .as(name);
  }

  static Dataset<Row> proposalStatus(
      Dataset<Row> lines, LocalDate from, LocalDate to, ZoneId zone) {
    checkPeriod(from, to);
    boolean javaTime = javaTime(lines);
    String zoneId = zone.getId();
    return latestRecords(lines, "ceasefireProposal")
        .select(col("ceasefireProposal.*"))
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  CeasefireProposal p = ParleyRows.toValue(r, CeasefireProposal.class);
                  ZoneId z = ZoneId.of(zoneId);
                  List<Row> out = new ArrayList<>();
                  for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    Optional<dev.parley.ceasefire.CeasefireStatus> s = p.statusAt(endOfDay(d, z));
                    if (s.isPresent()) {
                      out.add(
                          RowFactory.create(
                              p.id().value(),
                              day(d, javaTime),
                              s.get().name().toLowerCase(Locale.ROOT)));
                    }
                  }
                  return out.iterator();
                },
            Encoders.row(PROPOSAL_STATUS));
  }

  /**
   * The instant at which {@link ParleyData#proposalStatusPerDay} reads a day's status: the last
   * nanosecond of the day in the zone.
   *
   * @param day the day
   * @param zone the zone
   * @return the instant, with the zone
   */
  public static ZonedDateTime endOfDay(LocalDate day, ZoneId zone) {
    return day.plusDays(1).atStartOfDay(zone).minusNanos(1);
  }

  static Dataset<Row> controllers(Dataset<Row> lines, LocalDate from, LocalDate to) {
    checkPeriod(from, to);
    boolean javaTime = javaTime(lines);
    Dataset<Row> latest = latestRecords(lines, "assessment", "territorialClaim");
    Dataset<Row> assessments =
        latest.where(col("type").equalTo("assessment")).select(col("assessment").as("a"));
    Dataset<Row> claims =
        latest
            .where(col("type").equalTo("territorialClaim"))
            .select(col("territorialClaim").as("c"));
    Dataset<Row> joined =
        assessments
            .join(claims, col("a.claim").equalTo(col("c.id")), "left")
            .withColumn("at", coalesce(col("a.place"), col("c.subject.place")))
            .where(col("at").isNotNull());
    return joined
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("at"), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>)
                (place, rows) -> {
                  Map<String, TerritorialClaim> cs = new LinkedHashMap<>();
                  List<Assessment> as = new ArrayList<>();
                  while (rows.hasNext()) {
                    Row r = rows.next();
                    as.add(ParleyRows.toValue(r.getStruct(0), Assessment.class));
                    if (!r.isNullAt(1)) {
                      TerritorialClaim c =
                          ParleyRows.toValue(r.getStruct(1), TerritorialClaim.class);
                      cs.putIfAbsent(c.id().value(), c);
                    }
                  }
                  ControlIndex index = ControlIndex.of(cs.values(), as);
                  PlaceId id = PlaceId.of(place);
                  List<Row> out = new ArrayList<>();
                  for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    Optional<Assessment> a = index.latestAssessment(id, d);
                    if (a.isPresent()) {
                      Controller c = a.get().controller();
                      out.add(
                          RowFactory.create(
                              place,
                              day(d, javaTime),
                              RowFactory.create(
                                  c.kind().name().toLowerCase(Locale.ROOT),
                                  c.party().map(Object::toString).orElse(null)),
                              a.get().id().value()));
                    }
                  }
                  return out.iterator();
                },
            Encoders.row(CONTROLLER));
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  private static boolean javaTime(Dataset<Row> lines) {
    return lines.sparkSession().sessionState().conf().datetimeJava8ApiEnabled();
  }

  private static Object day(LocalDate d, boolean javaTime) {
    return javaTime ? d : java.sql.Date.valueOf(d);
  }
}
