package dev.parley.spark;

import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of every line read: where it came from, the record type (or {@code rejected}), the
 * record's id and references for the cross-record rules, and one struct column per record type, of
 * which the line's own is set.
 */
final class Envelope {
  private Envelope() {}

  static final String REJECTED = "rejected";

  static final StructType SCHEMA;

  /** Index of the first record-type column in {@link #SCHEMA}. */
  static final int FIRST_TYPE_COLUMN = 8;

  static {
    StructType s =
        new StructType()
            .add("type", DataTypes.StringType, false)
            .add("sourceFile", DataTypes.StringType, false)
            .add("sourceLine", DataTypes.LongType, false)
            .add("fileIndex", DataTypes.IntegerType, false)
            .add("id", DataTypes.StringType, true)
            .add("refParties", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("refPlaces", DataTypes.createArrayType(DataTypes.StringType, false), true)
            .add("refRecords", DataTypes.createArrayType(DataTypes.StringType, false), true);
    for (Map.Entry<String, StructType> e : ParleySchemas.BY_TYPE.entrySet()) {
      s = s.add(e.getKey(), e.getValue(), true);
    }
    SCHEMA = s.add(REJECTED, ParleySchemas.REJECTED, true);
  }

  static int column(String type) {
    return SCHEMA.fieldIndex(type);
  }
}
