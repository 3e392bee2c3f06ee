package dev.parley.interop.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file row by row with jackson-dataformat-csv: a UTF-8 byte order mark is skipped, line
 * ends may be LF or CRLF, quoted fields may hold commas and line breaks, blank lines are skipped.
 * The first row is the header; columns are found by name, so their order and extra columns do not
 * matter.
 */
public final class CsvRows implements Closeable {
  private static final CsvFactory FACTORY =
      CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private final CsvParser parser;
  private final Map<String, Integer> header;
  private final List<String> columns;
  private final List<String> values = new ArrayList<>();
  private long row;

  private CsvRows(CsvParser parser, List<String> columns) {
    this.parser = parser;
    this.columns = columns;
    Map<String, Integer> h = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      h.putIfAbsent(columns.get(i), i);
    }
    this.header = h;
  }

  /**
   * Opens a file and reads its header.
   *
   * @param in the bytes; not closed by {@link #close()}
   * @param required the columns the header must have
   * @return the reader
   * @throws IOException if the stream fails, the file is empty or not CSV, or a required column is
   *     missing (the message names them)
   */
  public static CsvRows open(InputStream in, Set<String> required) throws IOException {
    InputStream body = skipBom(in);
    CsvParser p = FACTORY.createParser(body);
    p.disable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
    p.setSchema(CsvSchema.emptySchema());
    List<String> names = new ArrayList<>();
    if (!readRow(p, names)) {
      throw new IOException("the file is empty: expected a header row");
    }
    names.replaceAll(String::strip);
    List<String> missing = new ArrayList<>();
    for (String r : required) {
      if (!names.contains(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      missing.sort(null);
      throw new IOException("the header lacks the column(s) " + String.join(", ", missing));
    }
    return new CsvRows(p, List.copyOf(names));
  }

  private static InputStream skipBom(InputStream in) throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
    b.mark(3);
    byte[] head = b.readNBytes(3);
    if (!(head.length == 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF)) {
      b.reset();
    }
    return b;
  }

  private static boolean readRow(CsvParser p, List<String> into) throws IOException {
    into.clear();
    JsonToken t = p.nextToken();
    if (t == null) {
      return false;
    }
    if (t != JsonToken.START_ARRAY) {
      throw new IOException("expected a CSV row, found " + t);
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new IOException("the file ends inside a row");
      }
      into.add(p.getText());
    }
    return true;
  }

  /**
   * Returns the header's column names in file order.
   *
   * @return the names, immutable
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Reads the next row.
   *
   * @return the row, or null at the end of the file
   * @throws IOException if the stream fails or the CSV is malformed from here on (an unclosed
   *     quote); the row number is then {@link #rowNumber()} plus one
   */
  public @Nullable Row next() throws IOException {
    if (!readRow(parser, values)) {
      return null;
    }
    row++;
    return Row.of(row, header, values.toArray(new String[0]));
  }

  /**
   * Returns the number of the last row read.
   *
   * @return zero before the first row
   */
  public long rowNumber() {
    return row;
  }

  /**
   * Returns how many fields the header has.
   *
   * @return one or more
   */
  public int width() {
    return columns.size();
  }

  /**
   * Returns how many fields the last row read had.
   *
   * @return zero or more
   */
  public int lastWidth() {
    return values.size();
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
