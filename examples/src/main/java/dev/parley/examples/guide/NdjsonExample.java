package dev.parley.examples.guide;

import dev.parley.chronicle.Chronicle;
import dev.parley.json.ParleyJson;
import dev.parley.json.format.ErrorMode;
import dev.parley.json.format.NdjsonReader;
import dev.parley.json.format.NdjsonRecord;
import dev.parley.party.Party;
import dev.parley.place.Place;
import dev.parley.record.ChronicleRecord;
import dev.parley.validation.Finding;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * Read an NDJSON stream one record at a time, report each bad line and keep going, then check the
 * good records against each other.
 */
public final class NdjsonExample {
  private NdjsonExample() {}

  /**
   * Runs the example.
   *
   * @param in the NDJSON stream: a header line, then one record per line
   * @param out where to print
   */
  public static void run(InputStream in, PrintStream out) {
    Chronicle.Builder good = Chronicle.builder();
    // COLLECT reports each bad line with its number and reads on; FAIL_FAST stops at the first.
    try (NdjsonReader reader = ParleyJson.defaults().ndjsonReader(in, ErrorMode.COLLECT)) {
      while (reader.hasNext()) {
        NdjsonRecord line = reader.next();
        if (!line.isValid()) {
          out.println("line " + line.line() + ": " + line.error().orElseThrow().getMessage());
        } else if (line.value() instanceof Party p) {
          good.addParties(p);
        } else if (line.value() instanceof Place p) {
          good.addPlaces(p);
        } else {
          good.addRecords((ChronicleRecord) line.value());
        }
      }
    }
    for (Finding f : good.build().validate().findings()) {
      out.println(f);
    }
  }
}
