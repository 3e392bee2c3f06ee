package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.chronicle.Chronicle;
import dev.parley.estimate.Estimate;
import dev.parley.exchange.Fulfilment;
import dev.parley.party.PartyId;
import dev.parley.record.ChronicleRecord;
import dev.parley.record.RecordId;
import dev.parley.record.RecordType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The golden seed chronicle: the whole May 2025 report as one chronicle document, the same file as
 * {@code examples/data/seed-chronicle.json} (a test in the examples module keeps the two equal).
 */
class SeedChronicleGoldenTest {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private static final byte[] GOLDEN = GoldenFilesTest.golden("seed-chronicle.json");

  @Test
  void readsAndWritesBackByteForByte() {
    Chronicle seed = JSON.readChronicle(GOLDEN);
    assertThat(JSON.writeChronicle(seed).getBytes(StandardCharsets.UTF_8)).isEqualTo(GOLDEN);
  }

  @Test
  void conformsToTheChronicleSchema() {
    assertThat(Schemas.errors("chronicle.schema.json", new String(GOLDEN, StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void holdsTheWholeStoryAndNothingIsWrong() {
    Chronicle seed = JSON.readChronicle(GOLDEN);
    assertThat(seed.validate().findings()).isEmpty();
    assertThat(seed.records().stream().map(ChronicleRecord::recordType).collect(Collectors.toSet()))
        .contains(
            RecordType.AGREEMENT,
            RecordType.EXCHANGE,
            RecordType.NEGOTIATION_ROUND,
            RecordType.CEASEFIRE_PROPOSAL,
            RecordType.TERRITORIAL_CLAIM,
            RecordType.INCIDENT);
    Fulfilment f =
        seed.exchanges()
            .fulfilment(
                RecordId.of("agreement:2025-05-16-1000-for-1000"), LocalDate.of(2025, 5, 23))
            .orElseThrow();
    assertThat(f.released(PartyId.of("ru"))).isEqualTo(Estimate.exact(390));
    assertThat(f.released(PartyId.of("ua"))).isEqualTo(Estimate.exact(390));
  }
}
