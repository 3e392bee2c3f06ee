package dev.parley.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.management.ThreadMXBean;
import dev.parley.json.codec.io.TextTable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What one string value costs a reader beyond Jackson's decoding of its characters: reads an NDJSON
 * file's tokens over and over with one Jackson parser and, for every string value, either only
 * decodes its characters ({@code chars}), or also makes a {@code String} of it, as databind does
 * for a string property ({@code string}), or also looks it up in the table of packed texts behind
 * Parley's interned ids, dates and enum tokens ({@code table}, filled beforehand with the file's
 * distinct strings up to the table's capacity). Two more passes do not decode: {@code skip} leaves
 * every string for the parser to skip when it moves on, and {@code bytes} looks the string up on
 * its UTF-8 bytes, found through the parser's token location, as Parley's readers over arrays do
 * (on its characters when the bytes do not decide). The passes alternate in rotating order on one
 * thread, timed on its CPU clock; the medians over the second half of the rounds are printed, with
 * the cost per string above {@code chars}.
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.StringCostThreadCpu FILE 300
 * </pre>
 */
public final class StringCostThreadCpu {
  private static final String[] MODES = {"chars", "string", "table", "skip", "bytes"};

  private StringCostThreadCpu() {}

  /** Where a pass's values go, so that the JIT cannot drop them. */
  private static volatile @Nullable Object sink;

  /**
   * Reads the file the given number of times in each mode.
   *
   * @param args the NDJSON file, and the number of rounds
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    byte[] bytes = Files.readAllBytes(Paths.get(args[0]));
    int rounds = Integer.parseInt(args[1]);
    JsonFactory factory = new JsonFactory();
    TextTable<String> table = new TextTable<>(16384);
    long strings = 0;
    try (JsonParser p = factory.createParser(bytes)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.VALUE_STRING) {
          String text = p.getText();
          table.put(text, text);
          strings++;
        }
      }
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[MODES.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < MODES.length; k++) {
        int mode = (k + r) % MODES.length;
        long start = threads.getCurrentThreadCpuTime();
        pass(factory, bytes, mode, table);
        cpu[mode][r] = threads.getCurrentThreadCpuTime() - start;
      }
    }
    double chars = median(cpu[0], rounds);
    for (int m = 0; m < MODES.length; m++) {
      double ms = median(cpu[m], rounds);
      System.out.printf(
          "%-7s %.2f ms per file, %.1f ns per string above chars (%d strings per file)%n",
          MODES[m], ms / 1e6, (ms - chars) / strings, strings);
    }
  }

  private static double median(long[] values, int rounds) {
    long[] late = Arrays.copyOfRange(values, rounds / 2, rounds);
    Arrays.sort(late);
    return late[late.length / 2];
  }

  private static void pass(JsonFactory factory, byte[] bytes, int mode, TextTable<String> table)
      throws IOException {
    try (JsonParser p = factory.createParser(bytes)) {
      Object last = null;
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t != JsonToken.VALUE_STRING) {
          continue;
        }
        if (mode == 0) {
          char[] c = p.getTextCharacters();
          last = c[p.getTextOffset() + p.getTextLength() / 2] == '\n' ? null : c;
        } else if (mode == 1) {
          last = p.getText();
        } else if (mode == 2) {
          last = table.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        } else if (mode == 4) {
          int start = (int) p.currentTokenLocation().getByteOffset() + 1;
          Object v =
              start + 3 * Long.BYTES <= bytes.length
                  ? table.get(bytes, start)
                  : TextTable.UNDECIDED;
          last =
              v != TextTable.UNDECIDED
                  ? v
                  : table.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }
      }
      sink = last;
    }
  }
}
