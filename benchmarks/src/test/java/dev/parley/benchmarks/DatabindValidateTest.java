package dev.parley.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.benchmarks.plain.PlainRecords.PlainLine;
import dev.parley.benchmarks.plain.PlainToParley;
import dev.parley.examples.Validate;
import dev.parley.validation.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The databind {@code validate} baseline does the same work as the command and says the same. */
class DatabindValidateTest {
  private static final int RECORDS = 10_000;

  @Test
  void everyGeneratedLineConvertsToTheValueParleyReads() {
    Corpus c = new Corpus(2_000);
    List<Object> converted = new ArrayList<>();
    for (PlainLine p : c.plain) {
      converted.add(PlainToParley.convert(p));
    }
    assertThat(converted).hasSize(c.values.size()).isEqualTo(c.values);
  }

  @Test
  void printsWhatValidatePrintsOnAGeneratedFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("generated.ndjson");
    Files.write(file, new DataGenerator(DataGenerator.SEED, Corpus.PLACES).ndjson(RECORDS));

    ByteArrayOutputStream parley = new ByteArrayOutputStream();
    int parleyExit = Validate.run(List.of(file.toString()), print(parley), print(parley), false);
    ByteArrayOutputStream databind = new ByteArrayOutputStream();
    int databindExit = DatabindValidate.run(file, print(databind));

    List<String> expected = parley.toString(StandardCharsets.UTF_8).lines().toList();
    // the generated data has findings, so the comparison covers checking and printing them
    assertThat(expected).anyMatch(l -> l.contains("EXCHANGE_QUOTA_OVERFULFILLED warning"));
    assertThat(databind.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(expected);
    assertThat(databindExit).isEqualTo(parleyExit).isZero();
  }

  @Test
  void aRecordBreakingARuleIsAnErrorOnItsLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.ndjson");
    Files.writeString(
        file,
        "{\"format\":\"parley\",\"version\":1}\n"
            + "{\"type\":\"party\",\"id\":\"ua\",\"name\":\"Ukraine\",\"kind\":\"state\"}\n"
            + "{\"type\":\"agreement\",\"id\":\"agreement:1\",\"agreed\":\"2024-08-30\","
            + "\"sides\":[\"ua\",\"ua\"],\"quotas\":[{\"releasing\":\"ua\",\"count\":-5}]}\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = DatabindValidate.run(file, print(out));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(exit).isEqualTo(1);
    // the rule's path is within the value that broke it: the plain records keep no JSON positions
    assertThat(lines)
        .containsExactly(
            file
                + ":3: -: EXCHANGE_COUNT_NEGATIVE error at count:"
                + " a quota must be zero or more, was -5",
            "1 file(s), 2 record(s): 1 error(s), 0 warning(s)");
  }

  @Test
  void refusesTheShapesItDoesNotConvert() throws Exception {
    PlainLine round =
        plainLine(
            "{\"type\":\"negotiationRound\",\"id\":\"talks:1\",\"venue\":\"tr:istanbul\","
                + "\"date\":\"2025-05-16\",\"format\":\"direct\","
                + "\"window\":{\"start\":\"2025-05-16T10:00+03:00[Europe/Istanbul]\"}}");
    assertThatThrownBy(() -> PlainToParley.convert(round))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("window");
    PlainLine proposal =
        plainLine(
            "{\"type\":\"ceasefireProposal\",\"id\":\"ceasefire:1\",\"kind\":\"proposal\","
                + "\"proposer\":\"ua\",\"addressees\":[\"ru\"],\"date\":\"2025-05-11\","
                + "\"events\":[{\"type\":\"expired\",\"time\":\"2025-05-12\"}]}");
    assertThatThrownBy(() -> PlainToParley.convert(proposal))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("lifecycle events");
  }

  @Test
  void anInvalidValueIsRefusedByTheCoreRules() throws Exception {
    PlainLine place =
        plainLine(
            "{\"type\":\"place\",\"id\":\"ua:x\",\"name\":\"X\",\"country\":\"UA\","
                + "\"coordinates\":{\"latitude\":91.0,\"longitude\":0.0},"
                + "\"precision\":\"settlement\"}");
    assertThatThrownBy(() -> PlainToParley.convert(place))
        .isInstanceOf(InvalidValueException.class);
  }

  private static PlainLine plainLine(String json) throws Exception {
    return Corpus.plainReader(new ObjectMapper()).readValue(json);
  }

  private static PrintStream print(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }
}
