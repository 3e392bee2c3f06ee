package dev.parley.benchmarks;

import dev.parley.chronicle.Chronicle;
import dev.parley.validation.ValidationReport;

/** A quick, non-JMH look at building and validating a large chronicle. */
public final class ScaleCheck {
  private ScaleCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of records (default one million)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long t0 = System.nanoTime();
    DataGenerator g = new DataGenerator(DataGenerator.SEED, 20_000);
    java.util.List<dev.parley.record.ChronicleRecord> records = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      records.add(g.next());
    }
    long tg = System.nanoTime();
    System.out.printf("generate %d ms%n", (tg - t0) / 1_000_000);
    t0 = tg;
    Chronicle c = Chronicle.builder().addAllParties(g.parties()).addAllPlaces(g.places()).addAllRecords(records).build();
    long t1 = System.nanoTime();
    ValidationReport r = c.validate();
    long t2 = System.nanoTime();
    c.territory();
    long t3 = System.nanoTime();
    System.out.printf("build %d ms, validate %d ms (%d findings, %d errors), territory index %d ms%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, r.findings().size(), r.errors().size(), (t3 - t2) / 1_000_000);
  }
}
