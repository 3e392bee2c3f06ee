package dev.parley.interop;

import dev.parley.interop.acled.AcledImporter;
import dev.parley.interop.plover.PloverImporter;
import dev.parley.interop.ucdp.UcdpGedImporter;
import org.junit.jupiter.api.Test;

class Smoke {
  @Test
  void print() {
    for (var x : new Object[][] {{AcledImporter.of(ImportOptions.defaults()), "acled-sample.csv"},
        {AcledImporter.of(ImportOptions.defaults()), "acled-reordered.csv"},
        {AcledImporter.of(ImportOptions.defaults()), "acled-api.json"},
        {UcdpGedImporter.csv(ImportOptions.defaults()), "ucdp-ged-sample.csv"},
        {PloverImporter.jsonLines(ImportOptions.defaults()), "plover-sample.jsonl"}}) {
      var r = SampleData.read((Importer) x[0], (String) x[1]);
      System.out.println(r.report());
      r.findings().forEach(System.out::println);
      r.values().forEach(v -> System.out.println("  " + v));
      System.out.println(r.report().notMapped());
    }
  }
}
