package dev.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.parley.exchange.Exchange;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.party.Party;
import dev.parley.record.ChronicleRecord;
import dev.parley.testing.ChronicleGen;
import dev.parley.testing.Laws;
import dev.parley.testing.ReceiverStory;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ParleyRowsTest {
  @Test
  void everyRecordConvertsToARowAndBackEqual() {
    Laws.qt()
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              for (ChronicleRecord r : ChronicleGen.records(seed, 12)) {
                Row row = ParleyRows.toRow(r, false);
                assertThat(row.length()).isEqualTo(ParleyRows.schema(r.getClass()).size());
                assertThat(ParleyRows.toValue(row, r.getClass())).isEqualTo(r);
              }
            });
    for (Object p : ChronicleGen.PARTIES) {
      assertThat(ParleyRows.toValue(ParleyRows.toRow(p, false), Party.class)).isEqualTo(p);
    }
    for (Object p : ChronicleGen.PLACES) {
      assertThat(ParleyRows.toValue(ParleyRows.toRow(p, true), "place")).isEqualTo(p);
    }
  }

  @Test
  void whoReceivesRoutesTimesBordersAndApproximateFiguresSurviveARow() {
    for (Exchange e : List.of(ReceiverStory.PAUSE_DAY_ONE, ReceiverStory.YEMEN_APRIL_2023)) {
      Row row = ParleyRows.toRow(e, false);
      assertThat(row.length()).isEqualTo(ParleyRows.schema(Exchange.class).size());
      assertThat(ParleyRows.toValue(row, Exchange.class)).isEqualTo(e);
    }
    Row approximate =
        ParleyRows.toRow(ReceiverStory.YEMEN_APRIL_2023, false)
            .<Row>getList(ParleyRows.schema(Exchange.class).fieldIndex("directions"))
            .get(0)
            .<Row>getList(4)
            .get(0)
            .getStruct(0);
    assertThat(SparkTests.plain(approximate))
        .isEqualTo(java.util.Arrays.asList("approximate", null, 700L, null));
    assertThat(ParleyRows.toValue(ParleyRows.toRow(ReceiverStory.RAFAH_CROSSING, true), "place"))
        .isEqualTo(ReceiverStory.RAFAH_CROSSING);
  }

  @Test
  void theGazaPauseSpreadsIntoTruceColumns() {
    dev.parley.ceasefire.Truce pause = dev.parley.testing.GazaPauseStory.pause();
    Row row = ParleyRows.toRow(pause, false);
    assertThat(ParleyRows.schema(pause.getClass())).isEqualTo(ParleySchemas.TRUCE);
    org.apache.spark.sql.types.StructType schema = ParleySchemas.TRUCE;
    assertThat(row.getString(schema.fieldIndex("zone"))).isEqualTo("Asia/Gaza");
    assertThat(row.getString(schema.fieldIndex("inForce"))).isEqualTo("2023-11-24T07:00");
    assertThat(row.getString(schema.fieldIndex("length"))).isEqualTo("PT96H");
    org.apache.spark.sql.types.StructType extension =
        (org.apache.spark.sql.types.StructType)
            ((org.apache.spark.sql.types.ArrayType) schema.apply("extensions").dataType())
                .elementType();
    org.apache.spark.sql.types.StructType conditionType =
        (org.apache.spark.sql.types.StructType) extension.apply("condition").dataType();
    Row first = row.<Row>getList(schema.fieldIndex("extensions")).get(0);
    Row condition = first.getStruct(extension.fieldIndex("condition"));
    assertThat(condition.getString(conditionType.fieldIndex("exchange")))
        .isEqualTo("agreement:2023-11-27-gaza-extension");
    assertThat(condition.getLong(conditionType.fieldIndex("count"))).isEqualTo(20L);
    assertThat(ParleyRows.toValue(row, dev.parley.ceasefire.Truce.class)).isEqualTo(pause);
  }

  @Test
  void aRowThatBreaksARuleFailsWithEveryRuleCode() {
    Row row = RowFactory.create("ua:nobody", " ", "person", null, null);
    assertThatThrownBy(() -> ParleyRows.toValue(row, Party.class))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ParleyJsonException.Kind.RULE_VIOLATION);
              assertThat(e.ruleCodes()).contains("PARTY_NAME_BLANK", "PARTY_PERSON_ACTING_FOR");
            });
    assertThatThrownBy(() -> ParleyRows.toValue(row, String.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParleyRows.toValue(row, "volcano"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void userCodeCallsTheCoreApiInsideMap() {
    List<Exchange> exchanges =
        ChronicleGen.records(3, 60).stream()
            .filter(Exchange.class::isInstance)
            .map(Exchange.class::cast)
            .toList();
    assertThat(exchanges).isNotEmpty();
    List<Row> rows = exchanges.stream().map(e -> ParleyRows.toRow(e, false)).toList();
    Dataset<Row> df = SparkTests.spark().createDataFrame(rows, ParleySchemas.EXCHANGE);
    List<String> statuses =
        df.map(
                (MapFunction<Row, String>)
                    r -> {
                      Exchange e = ParleyRows.toValue(r, Exchange.class);
                      return e.id() + " " + e.isCompleted();
                    },
                Encoders.STRING())
            .collectAsList();
    assertThat(statuses)
        .containsExactlyInAnyOrderElementsOf(
            exchanges.stream().map(e -> e.id() + " " + e.isCompleted()).toList());
  }
}
