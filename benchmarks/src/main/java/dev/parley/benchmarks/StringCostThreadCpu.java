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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * <p>By default one table holds every distinct string of the file, more than any one of Parley's
 * tables holds, and every string is read. With {@code byProperty}, each property name has a table
 * of its own, as each interner and enum codec has, and only the strings of properties with at most
 * 4,096 distinct values are read in any pass.
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.StringCostThreadCpu FILE 300
 * java -Xms1g -Xmx1g -cp benchmarks.jar dev.parley.benchmarks.StringCostThreadCpu FILE 300 byProperty
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
   * @param args the NDJSON file, the number of rounds, and optionally {@code byProperty}: one table
   *     per property name, holding that property's distinct strings as an interner would, and only
   *     the strings of properties with at most 4,096 distinct values read in every pass (record ids
   *     and free texts are not looked up by Parley either)
   * @throws IOException if the file cannot be read
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws IOException {
    byte[] bytes = Files.readAllBytes(Paths.get(args[0]));
    int rounds = Integer.parseInt(args[1]);
    boolean byProperty = args.length > 2 && args[2].equals("byProperty");
    JsonFactory factory = new JsonFactory();
    Map<String, Set<String>> distinct = new HashMap<>();
    List<String> properties = new ArrayList<>();
    try (JsonParser p = factory.createParser(bytes)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.VALUE_STRING) {
          String property = byProperty ? p.currentName() : "";
          distinct.computeIfAbsent(property, k -> new HashSet<>()).add(p.getText());
          properties.add(property);
        }
      }
    }
    Map<String, TextTable<String>> tables = new HashMap<>();
    distinct.forEach(
        (property, texts) -> {
          if (!byProperty || texts.size() <= 4096) {
            TextTable<String> table = new TextTable<>(16384);
            texts.forEach(text -> table.put(text, text));
            tables.put(property, table);
          }
        });
    TextTable<String>[] tableOf = properties.stream().map(tables::get).toArray(TextTable[]::new);
    long strings = Arrays.stream(tableOf).filter(Objects::nonNull).count();
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[MODES.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < MODES.length; k++) {
        int mode = (k + r) % MODES.length;
        long start = threads.getCurrentThreadCpuTime();
        pass(factory, bytes, mode, tableOf);
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

  private static void pass(
      JsonFactory factory, byte[] bytes, int mode, @Nullable TextTable<String>[] tableOf)
      throws IOException {
    try (JsonParser p = factory.createParser(bytes)) {
      Object last = null;
      int i = 0;
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t != JsonToken.VALUE_STRING) {
          continue;
        }
        TextTable<String> table = tableOf[i++];
        if (table == null) {
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
