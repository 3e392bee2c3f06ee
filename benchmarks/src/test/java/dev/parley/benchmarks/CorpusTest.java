package dev.parley.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.json.ParleyJson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusTest {
  private static final int RECORDS = 2_000;

  @Test
  void generatorGivesTheSameBytesForTheSameSeed() {
    byte[] a = new DataGenerator(DataGenerator.SEED, 50).ndjson(RECORDS);
    byte[] b = new DataGenerator(DataGenerator.SEED, 50).ndjson(RECORDS);
    byte[] other = new DataGenerator(DataGenerator.SEED + 1, 50).ndjson(RECORDS);
    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(other);
  }

  @Test
  void generatorWritesEveryRecordTypeAndAValidChronicle() {
    Corpus c = new Corpus(RECORDS);
    Set<String> types = new HashSet<>();
    for (Object v : c.values) {
      types.add(v.getClass().getSimpleName().replace("Immutable", ""));
    }
    assertThat(types)
        .contains(
            "Party",
            "Place",
            "TerritorialClaim",
            "Assessment",
            "Incident",
            "Exchange",
            "Agreement",
            "NegotiationRound",
            "CeasefireProposal");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DataGenerator(DataGenerator.SEED, 50).writeChronicle(out, RECORDS);
    assertThat(ParleyJson.defaults().readChronicle(out.toByteArray()).validate().errors())
        .isEmpty();
  }

  @Test
  void baselineRecordsReadAndWriteTheSameLinesAsParley() throws Exception {
    Corpus c = new Corpus(RECORDS);
    assertThat(c.plain).hasSameSizeAs(c.values);
    ObjectMapper mapper = new ObjectMapper();
    String[] lines = new String(c.ndjson, StandardCharsets.UTF_8).split("\n");
    List<JsonNode> expected = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      expected.add(mapper.readTree(lines[i]));
    }
    List<JsonNode> written = new ArrayList<>();
    for (PlainLine p : c.plain) {
      written.add(mapper.readTree(mapper.writerFor(PlainLine.class).writeValueAsString(p)));
    }
    assertThat(written).isEqualTo(expected);
  }
}
