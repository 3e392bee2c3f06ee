package dev.parley.spark;

import dev.parley.json.format.NdjsonWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/** Turns rows back into Parley NDJSON lines, each partition starting with the header line. */
final class ParleyWriter {
  private ParleyWriter() {}

  /** Lines of envelope rows, whose {@code type} column names the struct column to write. */
  static Dataset<String> ndjsonLines(Dataset<Row> envelope) {
    return envelope.mapPartitions(
        (MapPartitionsFunction<Row, String>) rows -> new Lines(rows, null), Encoders.STRING());
  }

  /** Lines of rows of one record type's schema. */
  static Dataset<String> ndjsonLines(Dataset<Row> records, String recordType) {
    return records.mapPartitions(
        (MapPartitionsFunction<Row, String>) rows -> new Lines(rows, recordType),
        Encoders.STRING());
  }

  private static final class Lines implements Iterator<String> {
    private final Iterator<Row> rows;
    private final String recordType;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final NdjsonWriter writer = ParleyRows.json().ndjsonAppender(buffer);
    private boolean headerDone;

    Lines(Iterator<Row> rows, String recordType) {
      this.rows = rows;
      this.recordType = recordType;
    }

    @Override
    public boolean hasNext() {
      return !headerDone || rows.hasNext();
    }

    @Override
    public String next() {
      if (!headerDone) {
        headerDone = true;
        return new String(
            SplitReader.HEADER, 0, SplitReader.HEADER.length - 1, StandardCharsets.UTF_8);
      }
      if (!rows.hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = rows.next();
      Object value;
      if (recordType == null) {
        String type = row.getAs("type");
        value = ParleyRows.toValue(row.getStruct(row.fieldIndex(type)), type);
      } else {
        value = ParleyRows.toValue(row, recordType);
      }
      buffer.reset();
      writer.write(value).flush();
      byte[] bytes = buffer.toByteArray();
      return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
    }
  }
}
