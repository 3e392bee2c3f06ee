package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The data every JSON benchmark shares: one NDJSON file from {@link DataGenerator} with its fixed
 * seed (the header, 20 parties, 500 places and 10,000 records of the seven types), and the same
 * lines read both ways.
 */
public final class Corpus {
  /** Places in the file. */
  public static final int PLACES = 500;

  /** Records in the file after the parties and places. */
  public static final int RECORDS = 10_000;

  /** The NDJSON bytes, header line first. */
  public final byte[] ndjson;

  /** Where the first line after the header starts. */
  public final int bodyOffset;

  /** The lines read by Parley: parties, places and records. */
  public final List<Object> values;

  /** The same lines read by databind into plain records. */
  public final List<PlainLine> plain;

  /**
   * Builds the corpus.
   *
   * @param records how many records after the parties and places
   */
  public Corpus(int records) {
    ndjson = new DataGenerator(DataGenerator.SEED, PLACES).ndjson(records);
    int i = 0;
    while (ndjson[i] != '\n') {
      i++;
    }
    bodyOffset = i + 1;
    values = readParley(ParleyJson.defaults(), ndjson);
    plain = readPlain(plainReader(new ObjectMapper()), ndjson, bodyOffset);
  }

  /** Builds the standard corpus. */
  public Corpus() {
    this(RECORDS);
  }

  /**
   * The reader a user writes by hand for the baseline: a default mapper, the polymorphic line type.
   *
   * @param mapper the mapper
   * @return the reader
   */
  public static ObjectReader plainReader(ObjectMapper mapper) {
    return mapper.readerFor(PlainLine.class);
  }

  /**
   * Reads every line with Parley, failing on the first bad one.
   *
   * @param json the codec
   * @param bytes the NDJSON file
   * @return the values
   */
  public static List<Object> readParley(ParleyJson json, byte[] bytes) {
    List<Object> out = new ArrayList<>();
    try (NdjsonReader r = json.ndjsonReader(new ByteArrayInputStream(bytes), ErrorMode.FAIL_FAST)) {
      while (r.hasNext()) {
        out.add(r.next().value());
      }
    }
    return out;
  }

  /**
   * Reads every line after the header with databind into plain records.
   *
   * @param reader the reader
   * @param bytes the NDJSON file
   * @param offset where the first line after the header starts
   * @return the records
   */
  public static List<PlainLine> readPlain(ObjectReader reader, byte[] bytes, int offset) {
    try (MappingIterator<PlainLine> it = reader.readValues(bytes, offset, bytes.length - offset)) {
      List<PlainLine> out = new ArrayList<>();
      while (it.hasNext()) {
        out.add(it.next());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
