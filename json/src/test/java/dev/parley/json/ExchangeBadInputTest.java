package dev.parley.json;

import static dev.parley.json.BadInput.c;

import dev.parley.exchange.Agreement;
import dev.parley.exchange.Direction;
import dev.parley.exchange.Exchange;
import dev.parley.exchange.Quota;
import dev.parley.exchange.ReleaseFigure;
import dev.parley.json.BadInput.Case;
import dev.parley.json.format.ParleyJsonException.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad agreements and exchanges, each failing with one exact error: kind, JSON Pointer, line, column
 * and rule codes.
 */
class ExchangeBadInputTest {
  private static final String AGREEMENT =
      "{\"type\":\"agreement\",\"id\":\"a\",\"agreed\":\"2025-05-16\",";
  private static final String EXCHANGE =
      "{\"type\":\"exchange\",\"id\":\"e\",\"date\":\"2025-05-23\",\"status\":\"completed\",";
  private static final String RU_TO_UA =
      "\"directions\":[{\"releasing\":\"ru\",\"receiving\":\"ua\"}]";

  /** One bad document; {@code target} null means "a record of any type". */
  /** An exchange with one direction from ru to ua holding one figure. */
  private static String figure(String figure) {
    return EXCHANGE
        + "\"directions\":[{\"releasing\":\"ru\",\"receiving\":\"ua\",\"figures\":["
        + figure
        + "]}]}";
  }

  static Stream<Case> corpus() {
    return Stream.of(
        // agreement: properties and JSON types
        c(
            "agreement without sides",
            Agreement.class,
            AGREEMENT.substring(0, AGREEMENT.length() - 1) + "}",
            Kind.MISSING_PROPERTY,
            "",
            1,
            1),
        c(
            "sides as a string",
            Agreement.class,
            AGREEMENT + "\"sides\":\"ru\"}",
            Kind.WRONG_TYPE,
            "/sides",
            1,
            60),
        c(
            "null side",
            Agreement.class,
            AGREEMENT + "\"sides\":[\"ru\",null]}",
            Kind.NULL_VALUE,
            "/sides/1",
            1,
            66),
        c(
            "parity as a string",
            Agreement.class,
            AGREEMENT + "\"sides\":[\"ru\",\"ua\"],\"parity\":\"true\"}",
            Kind.WRONG_TYPE,
            "/parity",
            1,
            81),
        c(
            "java name for target period",
            Agreement.class,
            AGREEMENT + "\"sides\":[\"ru\",\"ua\"],\"target\":\"2025-05-23\"}",
            Kind.UNKNOWN_PROPERTY,
            "/target",
            1,
            72),
        c(
            "quota count as floating point",
            Agreement.class,
            AGREEMENT
                + "\"sides\":[\"ru\",\"ua\"],\"quotas\":[{\"releasing\":\"ru\",\"count\":1000.0}]}",
            Kind.WRONG_TYPE,
            "/quotas/0/count",
            1,
            108),
        c(
            "quota category in upper case",
            Agreement.class,
            AGREEMENT
                + "\"sides\":[\"ru\",\"ua\"],\"quotas\":[{\"releasing\":\"ru\",\"count\":5,\"category\":\"MILITARY\"}]}",
            Kind.UNKNOWN_TOKEN,
            "/quotas/0/category",
            1,
            121),
        // agreement: rules of the core
        c(
            "one side and a quota for another",
            Agreement.class,
            AGREEMENT + "\"sides\":[\"ru\"],\"quotas\":[{\"releasing\":\"ua\",\"count\":1000}]}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "EXCHANGE_AGREEMENT_SIDES",
            "EXCHANGE_QUOTA_NOT_A_SIDE"),
        c(
            "parity with unequal quotas",
            Agreement.class,
            AGREEMENT
                + "\"sides\":[\"ru\",\"ua\"],\"quotas\":[{\"releasing\":\"ru\",\"count\":1000},"
                + "{\"releasing\":\"ua\",\"count\":900}],\"parity\":true}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "EXCHANGE_PARITY_QUOTAS_UNEQUAL"),
        c(
            "whole category without description",
            Agreement.class,
            AGREEMENT
                + "\"sides\":[\"ru\",\"ua\"],\"quotas\":[{\"releasing\":\"ru\",\"category\":\"bodies\"}]}",
            Kind.RULE_VIOLATION,
            "/quotas/0",
            1,
            82,
            "EXCHANGE_QUOTA_DESCRIPTION"),
        c(
            "target period before agreement",
            Agreement.class,
            AGREEMENT + "\"sides\":[\"ru\",\"ua\"],\"targetPeriod\":\"2025-05-01\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "EXCHANGE_TARGET_BEFORE_AGREED"),
        // exchange: properties and JSON types
        c(
            "exchange without directions",
            Exchange.class,
            EXCHANGE.substring(0, EXCHANGE.length() - 1) + "}",
            Kind.MISSING_PROPERTY,
            "",
            1,
            1),
        c(
            "status in another case",
            Exchange.class,
            "{\"type\":\"exchange\",\"id\":\"e\",\"date\":\"2025-05-23\",\"status\":\"Completed\","
                + RU_TO_UA
                + "}",
            Kind.UNKNOWN_TOKEN,
            "/status",
            1,
            58),
        c(
            "tranche number as a string",
            Exchange.class,
            EXCHANGE + "\"agreement\":\"a\",\"trancheNumber\":\"1\"," + RU_TO_UA + "}",
            Kind.WRONG_TYPE,
            "/trancheNumber",
            1,
            102),
        c(
            "tranche number beyond 32 bits",
            Exchange.class,
            EXCHANGE + "\"agreement\":\"a\",\"trancheNumber\":4294967297," + RU_TO_UA + "}",
            Kind.WRONG_TYPE,
            "/trancheNumber",
            1,
            102),
        c(
            "null venue",
            Exchange.class,
            EXCHANGE + RU_TO_UA + ",\"venue\":null}",
            Kind.NULL_VALUE,
            "/venue",
            1,
            129),
        c(
            "figures as an object",
            Exchange.class,
            EXCHANGE
                + "\"directions\":[{\"releasing\":\"ru\",\"receiving\":\"ua\",\"figures\":{}}]}",
            Kind.WRONG_TYPE,
            "/directions/0/figures",
            1,
            129),
        c(
            "figure without total",
            Exchange.class,
            figure("{\"breakdown\":{\"military\":270}}"),
            Kind.MISSING_PROPERTY,
            "/directions/0/figures/0",
            1,
            130),
        c(
            "unknown breakdown category",
            Exchange.class,
            figure("{\"total\":{\"kind\":\"exact\",\"value\":390},\"breakdown\":{\"pows\":270}}"),
            Kind.UNKNOWN_PROPERTY,
            "/directions/0/figures/0/breakdown/pows",
            1,
            181),
        c(
            "breakdown count as a string",
            Exchange.class,
            figure(
                "{\"total\":{\"kind\":\"exact\",\"value\":390},\"breakdown\":{\"military\":\"270\"}}"),
            Kind.WRONG_TYPE,
            "/directions/0/figures/0/breakdown/military",
            1,
            192),
        c(
            "category twice in a breakdown",
            Exchange.class,
            figure(
                "{\"total\":{\"kind\":\"exact\",\"value\":390},\"breakdown\":{\"military\":270,\"military\":20}}"),
            Kind.DUPLICATE_PROPERTY,
            "/directions/0/figures/0/breakdown/military",
            1,
            196),
        // exchange: rules of the core
        c(
            "breakdown larger than its total",
            Exchange.class,
            figure(
                "{\"total\":{\"kind\":\"exact\",\"value\":390},\"breakdown\":{\"military\":400}}"),
            Kind.RULE_VIOLATION,
            "/directions/0/figures/0",
            1,
            130,
            "EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL"),
        c(
            "exclusive categories add up to more than the total",
            Exchange.class,
            figure(
                "{\"total\":{\"kind\":\"range\",\"low\":380,\"high\":400},\"breakdown\":{\"military\":300,\"civilian\":120}}"),
            Kind.RULE_VIOLATION,
            "/directions/0/figures/0",
            1,
            130,
            "EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL"),
        c(
            "negative breakdown count",
            Exchange.class,
            figure("{\"total\":{\"kind\":\"unknown\"},\"breakdown\":{\"bodies\":-3}}"),
            Kind.RULE_VIOLATION,
            "/directions/0/figures/0",
            1,
            130,
            "EXCHANGE_COUNT_NEGATIVE"),
        c(
            "source repeated in a figure",
            Exchange.class,
            figure(
                "{\"total\":{\"kind\":\"exact\",\"value\":390},\"statements\":["
                    + "{\"source\":{\"speaker\":\"ru\"},\"stance\":\"claims\"},{\"source\":{\"speaker\":\"ru\"},\"stance\":\"confirms\"}]}"),
            Kind.RULE_VIOLATION,
            "/directions/0/figures/0",
            1,
            130,
            "EXCHANGE_FIGURE_SOURCE_REPEATED"),
        c(
            "party releasing to itself",
            Exchange.class,
            EXCHANGE + "\"directions\":[{\"releasing\":\"ru\",\"receiving\":\"ru\"}]}",
            Kind.RULE_VIOLATION,
            "/directions/0",
            1,
            84,
            "EXCHANGE_DIRECTION_SAME_PARTY"),
        c(
            "no direction",
            Exchange.class,
            EXCHANGE + "\"directions\":[]}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "EXCHANGE_NO_DIRECTION"),
        c(
            "direction listed twice",
            Exchange.class,
            EXCHANGE
                + "\"directions\":[{\"releasing\":\"ru\",\"receiving\":\"ua\"},"
                + "{\"releasing\":\"ru\",\"receiving\":\"ua\"}]}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "EXCHANGE_DIRECTION_DUPLICATE"),
        c(
            "tranche zero of no agreement",
            Exchange.class,
            EXCHANGE + "\"trancheNumber\":0," + RU_TO_UA + "}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "EXCHANGE_TRANCHE_NUMBER_RANGE",
            "EXCHANGE_TRANCHE_WITHOUT_AGREEMENT"),
        c(
            "transit state releasing people",
            Exchange.class,
            EXCHANGE + RU_TO_UA + ",\"participants\":[{\"party\":\"ru\",\"role\":\"transit\"}]}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "PARTICIPANT_NEUTRAL_IS_SIDE"),
        // type last: the record is buffered, errors report its start
        c(
            "buffered exchange with breakdown larger than its total",
            null,
            "{\"id\":\"e\",\"date\":\"2025-05-23\",\"status\":\"completed\",\"directions\":[{\"releasing\":\"ru\",\"receiving\":\"ua\","
                + "\"figures\":[{\"total\":{\"kind\":\"exact\",\"value\":390},\"breakdown\":{\"civilian\":391}}]}],\"type\":\"exchange\"}",
            Kind.RULE_VIOLATION,
            "/directions/0/figures/0",
            1,
            1,
            "EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL"),
        // positions on later lines
        c(
            "breakdown larger than its total on line 9",
            Exchange.class,
            "{\n  \"type\": \"exchange\",\n  \"id\": \"e\",\n  \"date\": \"2025-05-23\",\n  \"status\": \"completed\",\n"
                + "  \"directions\": [\n    {\"releasing\": \"ru\", \"receiving\": \"ua\", \"figures\": [\n"
                + "      {\"total\": {\"kind\": \"exact\", \"value\": 390},\n       \"breakdown\": {\"military\": 270, \"civilian\": 121}}]}]\n}",
            Kind.RULE_VIOLATION,
            "/directions/0/figures/0",
            8,
            7,
            "EXCHANGE_BREAKDOWN_EXCEEDS_TOTAL"),
        // nested values read on their own
        c(
            "quota with blank description",
            Quota.class,
            "{\"releasing\":\"ua\",\"description\":\" \"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "EXCHANGE_QUOTA_DESCRIPTION"),
        c(
            "direction with neither a receiving party nor a place released into",
            Direction.class,
            "{\"releasing\":\"ru\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "EXCHANGE_DIRECTION_NO_RECEIVER"),
        c(
            "figure with null statements",
            ReleaseFigure.class,
            "{\"total\":{\"kind\":\"unknown\"},\"statements\":null}",
            Kind.NULL_VALUE,
            "/statements",
            1,
            42));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void failsWithExactError(Case c) {
    BadInput.failsExactly(c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void failsTheSameFromAStream(Case c) {
    BadInput.failsTheSameFromAStream(c);
  }
}
