package dev.parley.spark;

import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads the lines one split owns with one Parley NDJSON reader, and turns each into a row of the
 * {@link Envelope}. A split after a file's first has no header line of its own: the reader is given
 * the header first, after the file's own header has been checked.
 */
final class SplitReader {
  private SplitReader() {}

  static final byte[] HEADER =
      ("{\"format\":\"" + ParleyJson.FORMAT + "\",\"version\":" + ParleyJson.VERSION + "}\n")
          .getBytes(StandardCharsets.UTF_8);

  /** A byte range of one file, with the number of line ends before it. */
  record Split(String file, int fileIndex, long start, long end, long lineEndsBefore)
      implements Serializable {
    Split withLineEndsBefore(long n) {
      return new Split(file, fileIndex, start, end, n);
    }
  }

  static Iterator<Row> read(Split split, Configuration conf) {
    try {
      Path path = new Path(split.file());
      FileSystem fs = path.getFileSystem(conf);
      if (split.start() > 0 && !headerValid(fs, path)) {
        return Collections.emptyIterator(); // the file's first split reports the header
      }
      FSDataInputStream raw = fs.open(path);
      LineRange range = new LineRange(raw, split.start(), split.end());
      if (range.isEmpty()) {
        range.close();
        return Collections.emptyIterator();
      }
      long firstLine = 1 + split.lineEndsBefore() + (range.skippedPartialLine() ? 1 : 0);
      boolean prefixed = firstLine > 1;
      InputStream in =
          prefixed
              ? new SequenceInputStream(new java.io.ByteArrayInputStream(HEADER), range)
              : range;
      long offset = firstLine - (prefixed ? 2 : 1);
      NdjsonReader reader;
      try {
        reader = ParleyRows.json().ndjsonReader(in, ErrorMode.COLLECT);
      } catch (ParleyJsonException e) {
        in.close();
        return List.of(rejected(split, e.line() + offset, e)).iterator();
      }
      return new Rows(split, reader, offset);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + split.file(), e);
    }
  }

  /** Whether the file's first line is a valid header, read alone. */
  private static boolean headerValid(FileSystem fs, Path path) throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    int limit = ParleyRows.json().limits().maxRecordBytes() + 2;
    try (InputStream in = fs.open(path)) {
      byte[] buf = new byte[4096];
      int n;
      outer:
      while (first.size() <= limit && (n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            first.write(buf, 0, i + 1);
            break outer;
          }
        }
        first.write(buf, 0, n);
      }
    }
    try (NdjsonReader header =
        ParleyRows.json().ndjsonReader(first.toByteArray(), ErrorMode.COLLECT)) {
      return true;
    } catch (ParleyJsonException e) {
      return false;
    }
  }

  static long countLineEnds(Split split, Configuration conf) {
    Path path = new Path(split.file());
    try (FSDataInputStream in = path.getFileSystem(conf).open(path)) {
      return LineRange.countLineEnds(in, split.start(), split.end());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + split.file(), e);
    }
  }

  /** The rows of one split, read lazily: one line in memory at a time. */
  private static final class Rows implements Iterator<Row> {
    private final Split split;
    private final NdjsonReader reader;
    private final long offset;
    private @Nullable Row next;
    private boolean closed;

    Rows(Split split, NdjsonReader reader, long offset) {
      this.split = split;
      this.reader = reader;
      this.offset = offset;
    }

    @Override
    public boolean hasNext() {
      if (next != null) {
        return true;
      }
      if (closed) {
        return false;
      }
      try {
        if (reader.hasNext()) {
          NdjsonRecord r = reader.next();
          long line = r.line() + offset;
          next =
              r.isValid()
                  ? row(split, line, r.value())
                  : rejected(split, line, r.error().orElseThrow());
          return true;
        }
      } catch (ParleyJsonException e) {
        if (e.kind() == ParleyJsonException.Kind.IO) {
          reader.close();
          throw e; // the task fails and Spark retries it
        }
        next = rejected(split, e.line() + offset, e);
        reader.close();
        closed = true;
        return true;
      }
      reader.close();
      closed = true;
      return false;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }
  }

  static Row row(Split split, long line, Object value) {
    String type = ParleyRows.recordType(value.getClass());
    Object[] values = new Object[Envelope.SCHEMA.size()];
    values[0] = type;
    values[1] = split.file();
    values[2] = line;
    values[3] = split.fileIndex();
    if (value instanceof Party p) {
      values[4] = p.id().value();
    } else if (value instanceof Place p) {
      values[4] = p.id().value();
    } else if (value instanceof ChronicleRecord r) {
      values[4] = r.id().value();
      values[5] = strings(r.referencedParties());
      values[6] = strings(r.referencedPlaces());
      values[7] = strings(r.referencedRecords());
    }
    values[Envelope.column(type)] = ParleyRows.toRow(value, false);
    return RowFactory.create(values);
  }

  private static Object strings(Iterable<?> ids) {
    List<String> out = new ArrayList<>();
    for (Object id : ids) {
      out.add(id.toString());
    }
    return CollectionConverters.asScala(out);
  }

  static Row rejected(Split split, long line, ParleyJsonException e) {
    Object[] values = new Object[Envelope.SCHEMA.size()];
    values[0] = Envelope.REJECTED;
    values[1] = split.file();
    values[2] = line;
    values[3] = split.fileIndex();
    values[Envelope.column(Envelope.REJECTED)] =
        RowFactory.create(
            split.file(),
            line,
            e.kind().name(),
            e.pointer(),
            e.column(),
            CollectionConverters.asScala(new ArrayList<>(e.ruleCodes())),
            e.detail());
    return RowFactory.create(values);
  }
}
