package dev.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import dev.parley.chronicle.Chronicle;
import dev.parley.record.ChronicleRecord;
import dev.parley.testing.ChronicleGen;
import dev.parley.validation.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

class ValidateTest {
  @TempDir Path dir;

  /**
   * Spark is slow to start each job: a few examples, each a chronicle of a hundred or more records.
   */
  private static final int EXAMPLES = Integer.getInteger("SPARK_QT_EXAMPLES", 2);

  private final AtomicInteger run = new AtomicInteger();
  private final Set<String> codesSeen = new HashSet<>();

  private Multiset<String> spark(Chronicle chronicle) {
    Path in;
    try {
      in = Files.createDirectories(dir.resolve("run" + run.incrementAndGet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Path> files = SparkTests.files(in, chronicle);
    ParleyData data =
        ParleySpark.read(
                SparkTests.spark(), files.stream().map(Path::toString).toArray(String[]::new))
            .cache();
    Multiset<String> out = HashMultiset.create();
    long t0 = System.nanoTime();
    List<Row> rows = data.validate().collectAsList();
    System.err.printf(
        "validate: %d findings in %d ms%n", rows.size(), (System.nanoTime() - t0) / 1_000_000);
    data.unpersist();
    for (Row r : rows) {
      String path = r.getAs("path");
      String id = r.getAs("recordId");
      assertThat(path.equals(id) || path.startsWith(id + "."))
          .as("%s starts with %s", path, id)
          .isTrue();
      out.add(r.getAs("code") + "|" + r.getAs("severity") + "|" + path + "|" + r.getAs("message"));
    }
    return out;
  }

  private Multiset<String> jvm(Chronicle chronicle) {
    Multiset<String> out = HashMultiset.create();
    for (Finding f : chronicle.validate().findings()) {
      out.add(f.rule() + "|" + f.severity() + "|" + f.path() + "|" + f.message());
      codesSeen.add(f.rule());
    }
    return out;
  }

  @Test
  void findsExactlyTheChroniclesFindingsInGeneratedDataWithPlantedDefects() {
    QuickTheory.qt()
        .withExamples(EXAMPLES)
        .withShrinkCycles(0)
        .forAll(longs().all(), longs().all(), integers().between(80, 160))
        .checkAssert(
            (seed, plantSeed, size) -> {
              Chronicle c =
                  ChronicleGen.plant(
                      ChronicleGen.plant(ChronicleGen.chronicle(seed, size), plantSeed),
                      ~plantSeed);
              assertThat(spark(c)).isEqualTo(jvm(c));
            });
    assertThat(codesSeen)
        .contains(
            "CHRONICLE_DUPLICATE_ID",
            "CHRONICLE_DANGLING_PARTY",
            "CHRONICLE_DANGLING_PLACE",
            "EXCHANGE_TRANCHE_BEFORE_AGREEMENT",
            "TERRITORY_CLAIM_CONFLICT");
  }

  @Test
  void findsEveryRuleFamilyInARevisedChronicle() {
    // revisions: later lines replace earlier ones with the same id, as a chronicle's lookups see
    // them
    Chronicle base = ChronicleGen.chronicle(42, 120);
    Chronicle.Builder b =
        Chronicle.builder()
            .addAllParties(base.parties())
            .addAllPlaces(base.places())
            .addAllRecords(base.records());
    for (ChronicleRecord r : base.records()) {
      if (r instanceof dev.parley.exchange.Exchange e && e.agreement().isPresent()) {
        b.addRecords(
            e.withDate(
                dev.parley.time.ReportedDate.ofDay(
                    ChronicleGen.EPOCH.minusDays(30)))); // before its agreement
      }
    }
    b.addAllRecords(ChronicleGen.conflictingClaims(7));
    b.addRecords(ChronicleGen.danglingExchange(3), ChronicleGen.danglingIncident(4));
    ChronicleRecord claim =
        base.records().stream()
            .filter(r -> r instanceof dev.parley.territory.TerritorialClaim)
            .findFirst()
            .orElseThrow();
    b.addRecords(ChronicleGen.misLinkedTruce(5, claim.id()));
    Chronicle c = b.build();
    Multiset<String> expected = jvm(c);
    assertThat(codesSeen)
        .contains(
            "EXCHANGE_TRANCHE_BEFORE_AGREEMENT",
            "TERRITORY_CLAIM_CONFLICT",
            "CHRONICLE_DANGLING_RECORD",
            "CHRONICLE_DUPLICATE_ID",
            "TRUCE_CONDITION_NOT_EXCHANGE");
    assertThat(spark(c)).isEqualTo(expected);
  }
}
