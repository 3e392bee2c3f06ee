package dev.parley.json;

import static dev.parley.json.BadInput.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.ceasefire.CeasefireProposal;
import dev.parley.json.BadInput.Case;
import dev.parley.json.format.ParleyJsonException;
import dev.parley.json.format.ParleyJsonException.Kind;
import dev.parley.negotiation.NegotiationRound;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad ceasefire proposals and negotiation rounds, each failing with exactly one documented error:
 * its kind, JSON Pointer, line, column and rule codes.
 */
class CeasefireAndTalksBadInputTest {
  private static final String PROPOSAL =
      "{\"type\":\"ceasefireProposal\",\"id\":\"c1\",\"kind\":\"proposal\","
          + "\"proposer\":\"ua\",\"addressees\":[\"ru\"],\"date\":\"2025-05-10\",\"scope\":{\"kind\":\"comprehensive\"}";
  private static final String ROUND =
      "{\"type\":\"negotiationRound\",\"id\":\"t1\",\"venue\":\"tr:istanbul\",\"date\":\"2025-05-16\"";
  private static final String DELEGATIONS =
      "\"delegations\":[{\"party\":\"ru\"},{\"party\":\"ua\"}]";

  /** One bad document; {@code target} null means "a record of any type". */
  /** A valid proposal from Ukraine to Russia with more properties, then the closing brace. */
  private static String proposal(String more) {
    return PROPOSAL + more + "}";
  }

  /** A round in Istanbul with more properties, then the closing brace. */
  private static String round(String more) {
    return ROUND + more + "}";
  }

  static Stream<Case> corpus() {
    return Stream.of(
        c(
            "illegal lifecycle transition",
            CeasefireProposal.class,
            proposal(",\"events\":[{\"kind\":\"expired\",\"time\":\"2025-05-12\"}]"),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "CEASEFIRE_TRANSITION_ILLEGAL"),
        c(
            "response from a non-addressee",
            CeasefireProposal.class,
            proposal(
                ",\"responses\":[{\"party\":\"by\",\"date\":\"2025-05-16\",\"stance\":\"rejected\"}]"),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "CEASEFIRE_RESPONSE_NOT_ADDRESSEE"),
        c(
            "proposer addressed, answer before offer",
            CeasefireProposal.class,
            proposal(
                    ",\"responses\":[{\"party\":\"ua\",\"date\":\"2025-05-09\",\"stance\":\"accepted\"}]")
                .replace("[\"ru\"]", "[\"ru\",\"ua\"]"),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "CEASEFIRE_PROPOSER_IS_ADDRESSEE",
            "CEASEFIRE_RESPONSE_BEFORE_PROPOSAL"),
        c(
            "declaration with addressees",
            CeasefireProposal.class,
            proposal("").replace("\"proposal\"", "\"unilateral_declaration\""),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "CEASEFIRE_DECLARATION_ADDRESSED"),
        c(
            "negative duration",
            CeasefireProposal.class,
            proposal(",\"duration\":\"-PT1H\""),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "CEASEFIRE_DURATION_NOT_POSITIVE"),
        c(
            "counter-proposal pointing nowhere",
            CeasefireProposal.class,
            proposal(
                ",\"responses\":[{\"party\":\"ru\",\"date\":\"2025-05-16\",\"stance\":\"counter_proposal\"}]"),
            Kind.RULE_VIOLATION,
            "/responses/0",
            1,
            159,
            "CEASEFIRE_COUNTER_PROPOSAL_MISSING"),
        c(
            "front sector without area",
            CeasefireProposal.class,
            proposal("")
                .replace(
                    "{\"kind\":\"comprehensive\"}",
                    "{\"kind\":\"partial\",\"domain\":\"front_sector\"}"),
            Kind.RULE_VIOLATION,
            "/scope",
            1,
            121,
            "CEASEFIRE_SCOPE_AREA_MISSING"),
        c(
            "breach alleged by nobody",
            CeasefireProposal.class,
            proposal(
                ",\"events\":[{\"kind\":\"in_effect\",\"time\":\"2025-05-11\"},{\"kind\":\"breach_alleged\",\"time\":\"2025-05-12\"}]"),
            Kind.RULE_VIOLATION,
            "/events/1",
            1,
            197,
            "CEASEFIRE_BREACH_ALLEGER_MISSING"),
        c(
            "blank condition text",
            CeasefireProposal.class,
            proposal(
                ",\"conditions\":[{\"kind\":\"monitoring\",\"demandedBy\":\"ua\",\"text\":\" \",\"timing\":\"term\"}]"),
            Kind.RULE_VIOLATION,
            "/conditions/0",
            1,
            160,
            "CEASEFIRE_TEXT_BLANK"),
        c(
            "backwards date range as a time point",
            CeasefireProposal.class,
            proposal(",\"proposedStart\":\"2025-05-18/2025-05-16\""),
            Kind.RULE_VIOLATION,
            "/proposedStart",
            1,
            162,
            "DATE_RANGE_ORDER"),
        c(
            "missing scope",
            CeasefireProposal.class,
            proposal("").replace(",\"scope\":{\"kind\":\"comprehensive\"}", ""),
            Kind.MISSING_PROPERTY,
            "",
            1,
            1),
        c(
            "unknown property",
            CeasefireProposal.class,
            proposal(",\"status\":\"countered\""),
            Kind.UNKNOWN_PROPERTY,
            "/status",
            1,
            146),
        c(
            "duration as a number of days",
            CeasefireProposal.class,
            proposal(",\"duration\":30"),
            Kind.WRONG_TYPE,
            "/duration",
            1,
            157),
        c(
            "duration in words",
            CeasefireProposal.class,
            proposal(",\"duration\":\"30 days\""),
            Kind.INVALID_TEXT,
            "/duration",
            1,
            157),
        c(
            "time point without zone",
            CeasefireProposal.class,
            proposal(",\"proposedStart\":\"2025-05-12T10:00\""),
            Kind.INVALID_TEXT,
            "/proposedStart",
            1,
            162),
        c(
            "event time offset disagrees with zone",
            CeasefireProposal.class,
            proposal(
                ",\"events\":[{\"kind\":\"in_effect\",\"time\":\"2025-05-12T10:00+05:00[Europe/Kyiv]\"}]"),
            Kind.INVALID_TEXT,
            "/events/0/time",
            1,
            183),
        c(
            "addressee listed twice",
            CeasefireProposal.class,
            proposal("").replace("[\"ru\"]", "[\"ru\",\"ru\"]"),
            Kind.DUPLICATE_PROPERTY,
            "/addressees/1",
            1,
            92),
        c(
            "domain in a comprehensive scope",
            CeasefireProposal.class,
            proposal("")
                .replace(
                    "{\"kind\":\"comprehensive\"}",
                    "{\"kind\":\"comprehensive\",\"domain\":\"maritime\"}"),
            Kind.UNKNOWN_PROPERTY,
            "/scope/domain",
            1,
            154),
        c(
            "partial scope without domain",
            CeasefireProposal.class,
            proposal("")
                .replace(
                    "{\"kind\":\"comprehensive\"}",
                    "{\"kind\":\"partial\",\"regions\":[\"UA-63\"]}"),
            Kind.MISSING_PROPERTY,
            "/scope",
            1,
            121),
        c(
            "scope kind not a token",
            CeasefireProposal.class,
            proposal("").replace("{\"kind\":\"comprehensive\"}", "{\"kind\":\"total\"}"),
            Kind.UNKNOWN_TOKEN,
            "/scope/kind",
            1,
            129),
        c(
            "wrong-case condition kind",
            CeasefireProposal.class,
            proposal(
                ",\"conditions\":[{\"kind\":\"Disarmament\",\"demandedBy\":\"ru\",\"text\":\"disarming\",\"timing\":\"precondition\"}]"),
            Kind.UNKNOWN_TOKEN,
            "/conditions/0/kind",
            1,
            168),
        c(
            "supersession as text",
            CeasefireProposal.class,
            proposal(
                ",\"responses\":[{\"party\":\"ru\",\"date\":\"2025-05-16\",\"stance\":\"rejected\",\"supersedesEarlier\":\"yes\"}]"),
            Kind.WRONG_TYPE,
            "/responses/0/supersedesEarlier",
            1,
            233),
        c(
            "null event",
            CeasefireProposal.class,
            proposal(",\"events\":[null]"),
            Kind.NULL_VALUE,
            "/events/0",
            1,
            156),
        c(
            "scope as a string",
            CeasefireProposal.class,
            proposal("").replace("{\"kind\":\"comprehensive\"}", "\"comprehensive\""),
            Kind.WRONG_TYPE,
            "/scope",
            1,
            121),
        c(
            "buffered proposal breaks a rule",
            null,
            "{\"id\":\"c1\",\"kind\":\"proposal\",\"proposer\":\"ua\",\"addressees\":[\"ru\"],\"date\":\"2025-05-10\",\"scope\":{\"kind\":\"comprehensive\"},\"events\":[{\"kind\":\"expired\",\"time\":\"2025-05-12\"}],\"type\":\"ceasefireProposal\"}",
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "CEASEFIRE_TRANSITION_ILLEGAL"),
        c(
            "one delegation",
            NegotiationRound.class,
            round(",\"format\":\"direct\",\"delegations\":[{\"party\":\"ru\"}]"),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "NEGOTIATION_DELEGATIONS_TOO_FEW"),
        c(
            "mediated talks without mediator",
            NegotiationRound.class,
            round(",\"format\":\"mediated\"," + DELEGATIONS),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "NEGOTIATION_MEDIATOR_MISSING"),
        c(
            "side listed as mediator",
            NegotiationRound.class,
            round(
                ",\"format\":\"direct\","
                    + DELEGATIONS
                    + ",\"participants\":[{\"party\":\"ru\",\"role\":\"mediator\"}]"),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "PARTICIPANT_NEUTRAL_IS_SIDE"),
        c(
            "window outside the date, talks longer than it",
            NegotiationRound.class,
            round(
                ",\"window\":{\"start\":\"2025-05-17T10:00+03:00[Europe/Istanbul]\",\"end\":\"2025-05-17T11:00+03:00[Europe/Istanbul]\"},\"duration\":\"PT2H\",\"format\":\"direct\","
                    + DELEGATIONS),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "NEGOTIATION_WINDOW_OUTSIDE_DATE",
            "NEGOTIATION_DURATION_EXCEEDS_WINDOW"),
        c(
            "zero duration",
            NegotiationRound.class,
            round(",\"duration\":\"PT0S\",\"format\":\"direct\"," + DELEGATIONS),
            Kind.RULE_VIOLATION,
            "",
            1,
            1,
            "NEGOTIATION_DURATION_NOT_POSITIVE"),
        c(
            "blank member",
            NegotiationRound.class,
            round(
                ",\"format\":\"direct\",\"delegations\":[{\"party\":\"ru\",\"members\":[\"\"]},{\"party\":\"ua\"}]"),
            Kind.RULE_VIOLATION,
            "/delegations/0",
            1,
            113,
            "NEGOTIATION_TEXT_BLANK"),
        c(
            "missing delegations",
            NegotiationRound.class,
            round(",\"format\":\"direct\""),
            Kind.MISSING_PROPERTY,
            "",
            1,
            1),
        c(
            "duration in words",
            NegotiationRound.class,
            round(",\"duration\":\"two hours\",\"format\":\"direct\"," + DELEGATIONS),
            Kind.INVALID_TEXT,
            "/duration",
            1,
            91),
        c(
            "outcome listed twice",
            NegotiationRound.class,
            round(",\"format\":\"direct\"," + DELEGATIONS + ",\"outcomes\":[\"a1\",\"a1\"]"),
            Kind.DUPLICATE_PROPERTY,
            "/outcomes/1",
            1,
            161),
        c(
            // Past eight elements, repeats are found through a set instead of pairwise.
            "outcome listed twice among many",
            NegotiationRound.class,
            round(
                ",\"format\":\"direct\","
                    + DELEGATIONS
                    + ",\"outcomes\":[\"a1\",\"a2\",\"a3\",\"a4\",\"a5\",\"a6\",\"a7\",\"a8\",\"a9\",\"a10\",\"a3\"]"),
            Kind.DUPLICATE_PROPERTY,
            "/outcomes/10",
            1,
            207),
        c(
            "member as a number",
            NegotiationRound.class,
            round(
                ",\"format\":\"direct\",\"delegations\":[{\"party\":\"ru\",\"members\":[7]},{\"party\":\"ua\"}]"),
            Kind.WRONG_TYPE,
            "/delegations/0/members/0",
            1,
            138),
        c(
            "wrong-case format",
            NegotiationRound.class,
            round(",\"format\":\"Direct\"," + DELEGATIONS),
            Kind.UNKNOWN_TOKEN,
            "/format",
            1,
            89),
        c(
            "unknown property",
            NegotiationRound.class,
            round(",\"format\":\"direct\"," + DELEGATIONS + ",\"host\":\"tr\""),
            Kind.UNKNOWN_PROPERTY,
            "/host",
            1,
            144),
        c(
            "delegations as an object",
            NegotiationRound.class,
            round(",\"format\":\"direct\",\"delegations\":{\"party\":\"ru\"}"),
            Kind.WRONG_TYPE,
            "/delegations",
            1,
            112));
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void failsTheSameAsARecordOfAnyType(Case c) {
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class, () -> ParleyJson.defaults().readRecord(c.input()));
    assertThat(e).isNotNull();
    assertThat(e.kind()).as(e.getMessage()).isEqualTo(c.kind());
    assertThat(e.pointer()).as(e.getMessage()).isEqualTo(c.pointer());
    assertThat(e.ruleCodes()).isEqualTo(c.rules());
  }
}
