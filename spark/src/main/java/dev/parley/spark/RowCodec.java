package dev.parley.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.time.ReportedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Converts between the JSON tree of a record and a row of its {@link ParleySchemas} schema. The
 * schemas mirror the JSON, so one walk over the schema does every type; the metadata role of a
 * field says where the two forms differ (dates, estimates, flags, decimals, derived columns).
 */
final class RowCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final boolean javaTime;

  /**
   * @param javaTime whether date columns hold {@code java.time.LocalDate} (Spark's {@code
   *     spark.sql.datetime.java8API.enabled}) rather than {@code java.sql.Date}
   */
  RowCodec(boolean javaTime) {
    this.javaTime = javaTime;
  }

  Row toRow(StructType schema, JsonNode object) {
    StructField[] fields = schema.fields();
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      String role = role(f);
      if (ParleySchemas.ROLE_DERIVED.equals(role)) {
        continue;
      }
      values[i] = fromJson(f.dataType(), role, object.get(f.name()));
    }
    return RowFactory.create(values);
  }

  private @Nullable Object fromJson(DataType type, @Nullable String role, @Nullable JsonNode node) {
    if (ParleySchemas.ROLE_FLAG.equals(role)) {
      return node != null && node.booleanValue();
    }
    if (type instanceof ArrayType a) {
      List<Object> out = new ArrayList<>(node == null ? 0 : node.size());
      if (node != null) {
        for (JsonNode e : node) {
          out.add(fromJson(a.elementType(), null, e));
        }
      }
      return CollectionConverters.asScala(out);
    }
    if (type instanceof MapType) {
      Map<String, Object> out = new LinkedHashMap<>();
      if (node != null) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          out.put(e.getKey(), e.getValue().longValue());
        }
      }
      return CollectionConverters.asScala(out);
    }
    if (node == null) {
      return null;
    }
    if (ParleySchemas.ROLE_DATE.equals(role)) {
      return date(ReportedDate.parse(node.asText()));
    }
    if (ParleySchemas.ROLE_ESTIMATE.equals(role)) {
      return estimate(node);
    }
    if (ParleySchemas.ROLE_DECIMAL.equals(role)) {
      return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }
    if (type instanceof StructType s) {
      return toRow(s, node);
    }
    if (type.equals(DataTypes.StringType)) {
      return node.asText();
    }
    if (type.equals(DataTypes.LongType)) {
      return node.longValue();
    }
    if (type.equals(DataTypes.IntegerType)) {
      return node.intValue();
    }
    if (type.equals(DataTypes.DoubleType)) {
      return node.doubleValue();
    }
    if (type.equals(DataTypes.BooleanType)) {
      return node.booleanValue();
    }
    throw new IllegalStateException("no conversion for " + type);
  }

  Row date(ReportedDate d) {
    return RowFactory.create(
        d.toString(), d.precision().name().toLowerCase(Locale.ROOT), day(d.start()), day(d.end()));
  }

  private Object day(LocalDate d) {
    return javaTime ? d : java.sql.Date.valueOf(d);
  }

  private static Row estimate(JsonNode node) {
    String kind = node.path("kind").asText();
    switch (kind) {
      case "exact":
        {
          long v = node.path("value").longValue();
          return RowFactory.create(kind, v, v, v);
        }
      case "at_least":
        return RowFactory.create(kind, node.path("low").longValue(), null, null);
      case "range":
        return RowFactory.create(
            kind,
            node.path("low").longValue(),
            node.has("best") ? node.get("best").longValue() : null,
            node.path("high").longValue());
      case "approximate":
        return RowFactory.create(
            kind,
            node.has("low") ? node.get("low").longValue() : null,
            node.path("value").longValue(),
            null);
      default:
        return RowFactory.create(kind, null, null, null);
    }
  }

  static Row estimate(dev.parley.estimate.Estimate e) {
    return RowFactory.create(
        e.kind().name().toLowerCase(Locale.ROOT),
        e.low().isPresent() ? e.low().getAsLong() : null,
        e.best().isPresent() ? e.best().getAsLong() : null,
        e.high().isPresent() ? e.high().getAsLong() : null);
  }

  // ---- Row to JSON ----

  ObjectNode toJson(StructType schema, Row row) {
    ObjectNode out = NODES.objectNode();
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      String role = role(f);
      if (ParleySchemas.ROLE_DERIVED.equals(role)) {
        continue;
      }
      JsonNode node = toJson(f.dataType(), role, get(row, f.name(), i));
      if (node != null) {
        out.set(f.name(), node);
      }
    }
    return out;
  }

  private static @Nullable Object get(Row row, String name, int position) {
    StructType rowSchema = row.schema();
    if (rowSchema == null) {
      return position < row.length() ? row.get(position) : null;
    }
    scala.Option<Object> index = rowSchema.getFieldIndex(name);
    return index.isDefined() ? row.get((Integer) index.get()) : null;
  }

  private @Nullable JsonNode toJson(DataType type, @Nullable String role, @Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (ParleySchemas.ROLE_FLAG.equals(role)) {
      return Boolean.TRUE.equals(value) ? NODES.booleanNode(true) : null;
    }
    if (type instanceof ArrayType a) {
      List<?> list = list(value);
      if (list.isEmpty()) {
        return null;
      }
      ArrayNode out = NODES.arrayNode(list.size());
      for (Object e : list) {
        JsonNode n = toJson(a.elementType(), null, e);
        out.add(n == null ? NODES.nullNode() : n);
      }
      return out;
    }
    if (type instanceof MapType) {
      Map<?, ?> map = map(value);
      if (map.isEmpty()) {
        return null;
      }
      ObjectNode out = NODES.objectNode();
      map.forEach((k, v) -> out.set(String.valueOf(k), v == null ? NODES.nullNode() : number(v)));
      return out;
    }
    if (ParleySchemas.ROLE_DATE.equals(role)) {
      Object text = get((Row) value, "text", 0);
      return text == null ? null : NODES.textNode(text.toString());
    }
    if (ParleySchemas.ROLE_ESTIMATE.equals(role)) {
      return estimateJson((Row) value);
    }
    if (ParleySchemas.ROLE_DECIMAL.equals(role)) {
      return NODES.numberNode(new BigDecimal(value.toString()));
    }
    if (type instanceof StructType s) {
      return toJson(s, (Row) value);
    }
    if (type.equals(DataTypes.StringType)) {
      return NODES.textNode(value.toString());
    }
    if (type.equals(DataTypes.DoubleType)) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (type.equals(DataTypes.BooleanType)) {
      return NODES.booleanNode((Boolean) value);
    }
    return number(value);
  }

  private static JsonNode number(Object value) {
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Number n) {
      return NODES.numberNode(n.longValue());
    }
    return NODES.textNode(value.toString());
  }

  private static ObjectNode estimateJson(Row row) {
    ObjectNode out = NODES.objectNode();
    Object kind = get(row, "kind", 0);
    String k = kind == null ? "unknown" : kind.toString();
    out.put("kind", k);
    Object low = get(row, "low", 1);
    Object best = get(row, "best", 2);
    Object high = get(row, "high", 3);
    switch (k) {
      case "exact":
        putNumber(out, "value", low);
        break;
      case "at_least":
        putNumber(out, "low", low);
        break;
      case "range":
        putNumber(out, "low", low);
        putNumber(out, "best", best);
        putNumber(out, "high", high);
        break;
      case "approximate":
        putNumber(out, "value", best);
        putNumber(out, "low", low);
        break;
      default:
        break;
    }
    return out;
  }

  private static void putNumber(ObjectNode out, String name, @Nullable Object value) {
    if (value != null) {
      out.set(name, number(value));
    }
  }

  static List<?> list(Object value) {
    if (value instanceof scala.collection.Seq<?> s) {
      return CollectionConverters.asJava(s);
    }
    if (value instanceof List<?> l) {
      return l;
    }
    if (value instanceof Object[] a) {
      return java.util.Arrays.asList(a);
    }
    throw new IllegalArgumentException("not an array: " + value.getClass().getName());
  }

  private static Map<?, ?> map(Object value) {
    if (value instanceof scala.collection.Map<?, ?> m) {
      return CollectionConverters.asJava(m);
    }
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    throw new IllegalArgumentException("not a map: " + value.getClass().getName());
  }

  private static @Nullable String role(StructField f) {
    return f.metadata().contains(ParleySchemas.ROLE)
        ? f.metadata().getString(ParleySchemas.ROLE)
        : null;
  }
}
