package dev.parley.spark;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableBiMap;
import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.ceasefire.Truce;
import dev.parley.exchange.Agreement;
import dev.parley.exchange.Exchange;
import dev.parley.incident.Incident;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.negotiation.NegotiationRound;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.territory.Assessment;
import dev.parley.territory.TerritorialClaim;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;

/**
 * Converts between Parley values and rows of their {@link ParleySchemas} schemas, so that user code
 * inside {@code map} or {@code mapPartitions} can call the core API on each record:
 *
 * <pre>{@code
 * Dataset<Row> exchanges = data.exchanges();
 * Dataset<String> late = exchanges.map((MapFunction<Row, String>) row -> {
 *   Exchange e = ParleyRows.toValue(row, Exchange.class);   // a validated core value
 *   return e.id() + " " + e.status();
 * }, Encoders.STRING());
 * }</pre>
 *
 * <p>A row converts back to the value it came from: {@code toValue(toRow(v), type).equals(v)}. A
 * row built or changed by user code is read as strictly as a JSON line, so a row that breaks a rule
 * fails with {@link ParleyJsonException} ({@code RULE_VIOLATION}, with every rule code), never with
 * a half-built value. Columns beyond the schema (such as {@code sourceFile}) are ignored; columns
 * are found by name when the row has a schema, by position otherwise. This class has no instances;
 * its functions are thread-safe.
 */
public final class ParleyRows {
  private ParleyRows() {}

  /** The record classes and their type tokens, as in the JSON {@code type} property. */
  static final ImmutableBiMap<Class<?>, String> TYPES =
      ImmutableBiMap.<Class<?>, String>builder()
          .put(Party.class, "party")
          .put(Place.class, "place")
          .put(Agreement.class, "agreement")
          .put(Exchange.class, "exchange")
          .put(NegotiationRound.class, "negotiationRound")
          .put(CeasefireProposal.class, "ceasefireProposal")
          .put(TerritorialClaim.class, "territorialClaim")
          .put(Assessment.class, "assessment")
          .put(Incident.class, "incident")
          .put(Truce.class, "truce")
          .build();

  /** One per JVM: Jackson mappers and Parley readers are thread-safe. */
  private static final class Holder {
    static final ParleyJson JSON = ParleyJson.defaults();
    static final ObjectMapper MAPPER =
        JSON.newObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    static final RowCodec SQL_DATES = new RowCodec(false);
    static final RowCodec JAVA_DATES = new RowCodec(true);
  }

  static ParleyJson json() {
    return Holder.JSON;
  }

  static RowCodec codec(boolean javaTime) {
    return javaTime ? Holder.JAVA_DATES : Holder.SQL_DATES;
  }

  /**
   * Returns the record type token of a record class.
   *
   * @param type a record class, such as {@code Exchange.class}
   * @return the token, such as {@code "exchange"}
   * @throws IllegalArgumentException if the class is not one of the format's record classes
   */
  public static String recordType(Class<?> type) {
    String token = TYPES.get(requireNonNull(type, "type"));
    if (token == null) {
      for (Map.Entry<Class<?>, String> e : TYPES.entrySet()) {
        if (e.getKey().isAssignableFrom(type)) {
          return e.getValue();
        }
      }
      throw new IllegalArgumentException(
          type.getName() + " is not a Parley record class; expected one of " + TYPES.keySet());
    }
    return token;
  }

  /**
   * Returns the schema of a record class.
   *
   * @param type a record class, such as {@code Party.class}
   * @return its schema, as in {@link ParleySchemas}
   * @throws IllegalArgumentException if the class is not one of the format's record classes
   */
  public static StructType schema(Class<?> type) {
    return ParleySchemas.BY_TYPE.get(recordType(type));
  }

  /**
   * Converts a record to a row of its schema. Dates are {@code java.sql.Date}, or {@code
   * java.time.LocalDate} when the active session sets {@code spark.sql.datetime.java8API.enabled}.
   *
   * @param record a party, place or chronicle record
   * @return the row, whose fields are in the order of {@link #schema(Class)}
   * @throws IllegalArgumentException if the value is not a record of the format
   */
  public static Row toRow(Object record) {
    return toRow(record, SQLConf.get().datetimeJava8ApiEnabled());
  }

  static Row toRow(Object record, boolean javaTime) {
    requireNonNull(record, "record");
    String type = recordType(record.getClass());
    JsonNode tree = Holder.MAPPER.valueToTree(record);
    RowCodec codec = codec(javaTime);
    Row row = codec.toRow(ParleySchemas.BY_TYPE.get(type), tree);
    if (record instanceof Incident incident) {
      Object[] values = new Object[row.length()];
      for (int i = 0; i < values.length - 2; i++) {
        values[i] = row.get(i);
      }
      values[values.length - 2] = RowCodec.estimate(incident.killed());
      values[values.length - 1] = RowCodec.estimate(incident.injured());
      row = RowFactory.create(values);
    }
    return row;
  }

  /**
   * Converts a row of a record schema to its value, reading it as strictly as a JSON line.
   *
   * @param <T> the record class
   * @param row a row of {@code schema(type)}, possibly with more columns
   * @param type the record class, such as {@code Exchange.class}
   * @return the value, valid
   * @throws ParleyJsonException if the row does not make a valid record
   * @throws IllegalArgumentException if the class is not one of the format's record classes
   */
  public static <T> T toValue(Row row, Class<T> type) {
    requireNonNull(row, "row");
    String token = recordType(type);
    return type.cast(toValue(row, token));
  }

  /**
   * Converts a row of a record schema to its value, by type token.
   *
   * @param row a row of the type's schema, possibly with more columns
   * @param recordType the token, such as {@code "exchange"}
   * @return the value, valid
   * @throws ParleyJsonException if the row does not make a valid record
   * @throws IllegalArgumentException if there is no such record type
   */
  public static Object toValue(Row row, String recordType) {
    requireNonNull(row, "row");
    StructType schema = ParleySchemas.BY_TYPE.get(requireNonNull(recordType, "recordType"));
    if (schema == null) {
      throw new IllegalArgumentException(
          "not a record type: "
              + recordType
              + "; expected one of "
              + ParleySchemas.BY_TYPE.keySet());
    }
    ObjectNode tree = Holder.MAPPER.getNodeFactory().objectNode();
    tree.put("type", recordType);
    tree.setAll(codec(false).toJson(schema, row));
    byte[] bytes;
    try {
      bytes = Holder.MAPPER.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return Holder.JSON.read(bytes, TYPES.inverse().get(recordType));
  }
}
