package dev.parley.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.internal.Participants;
import dev.parley.place.CountryCode;
import dev.parley.testing.Laws;
import dev.parley.testing.ValueContract;
import dev.parley.testing.VocabularyGen;
import dev.parley.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyTest {
  private static final PartyId UA = PartyId.of("ua");
  private static final PartyId RU = PartyId.of("ru");

  @Test
  void buildsTheSeedParties() {
    Party ukraine =
        Party.builder()
            .id(UA)
            .name("Ukraine")
            .kind(PartyKind.STATE)
            .country(CountryCode.of("UA"))
            .build();
    Party zelensky =
        Party.builder()
            .id(PartyId.of("ua:zelensky"))
            .name("Volodymyr Zelensky")
            .kind(PartyKind.PERSON)
            .actingFor(UA)
            .build();
    Party icrc =
        Party.of(
            PartyId.of("icrc"),
            "International Committee of the Red Cross",
            PartyKind.INTERNATIONAL_ORGANISATION);
    assertThat(ukraine.country()).contains(CountryCode.of("UA"));
    assertThat(zelensky.actingFor()).contains(UA);
    assertThat(icrc.country()).isEmpty();
    assertThat(ukraine.withName("Ukraina").name()).isEqualTo("Ukraina");
  }

  @Test
  void rejectsMalformedIds() {
    for (String bad : List.of("", " ua", "-ua", "ua ua", "ü", "a".repeat(129))) {
      assertThatThrownBy(() -> PartyId.of(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.ruleCodes()).containsExactly("ID_FORMAT"));
    }
    assertThat(PartyId.of("a".repeat(128)).value()).hasSize(128);
    assertThat(PartyId.of("ua:mod/press-office_2.0").toString())
        .isEqualTo("ua:mod/press-office_2.0");
  }

  @Test
  void rejectsBlankNameAndPersonWithoutPartyNamingEveryRule() {
    assertThatThrownBy(() -> Party.builder().id(UA).name(" ").kind(PartyKind.PERSON).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.ruleCodes())
                  .containsExactly("PARTY_NAME_BLANK", "PARTY_PERSON_ACTING_FOR");
              assertThat(e.violations().get(0).path()).isEqualTo("name");
              assertThat(e.violations().get(1).message()).contains("ua");
            });
  }

  @Test
  void rejectsPartyActingForItself() {
    assertThatThrownBy(
            () ->
                Party.builder().id(UA).name("Ukraine").kind(PartyKind.STATE).actingFor(UA).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.ruleCodes()).containsExactly("PARTY_ACTING_FOR_SELF"));
  }

  @Test
  void rejectsMissingRequiredAttributes() {
    assertThatThrownBy(() -> Party.builder().id(UA).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("kind");
  }

  @Test
  void participantsRejectNeutralsThatAreSides() {
    Participant uaeMediator = Participant.of(PartyId.of("ae"), Role.MEDIATOR);
    Participant belarusTransit = Participant.of(PartyId.of("by"), Role.TRANSIT);
    List<Participant> fine =
        List.of(uaeMediator, belarusTransit, Participant.of(PartyId.of("tr"), Role.HOST));
    assertThat(
            Participants.check(
                    dev.parley.internal.Checker.of("X"), "participants", fine, List.of(UA, RU))
                .isValid())
        .isTrue();

    List<Participant> bad =
        List.of(
            Participant.of(RU, Role.MEDIATOR),
            Participant.of(UA, Role.SIDE),
            Participant.of(UA, Role.FACILITATOR),
            Participant.of(UA, Role.SIDE));
    var c =
        Participants.check(dev.parley.internal.Checker.of("X"), "participants", bad, List.of(RU));
    assertThat(c.violations())
        .extracting(v -> v.rule() + "@" + v.path())
        .containsExactly(
            "PARTICIPANT_NEUTRAL_IS_SIDE@participants[0]",
            "PARTICIPANT_NEUTRAL_IS_SIDE@participants[2]",
            "PARTICIPANT_DUPLICATE@participants[3]");
    assertThat(c.violations().get(0).message())
        .isEqualTo("ru is a mediator and also a side of the same record");
    assertThat(c.violations())
        .extracting(v -> v.rule())
        .containsExactly(
            "PARTICIPANT_NEUTRAL_IS_SIDE", "PARTICIPANT_NEUTRAL_IS_SIDE", "PARTICIPANT_DUPLICATE");
  }

  @Test
  void hostMayBeASide() {
    List<Participant> talksInMoscow =
        List.of(Participant.of(RU, Role.HOST), Participant.of(RU, Role.SIDE));
    assertThat(
            Participants.check(dev.parley.internal.Checker.of("X"), "p", talksInMoscow, List.of())
                .isValid())
        .isTrue();
    assertThat(Role.HOST.isNeutral()).isFalse();
    assertThat(Role.COMMENTATOR.isNeutral()).isFalse();
  }

  @Test
  void withCopiesKeepInvariants() {
    Laws.qt()
        .forAll(VocabularyGen.parties(), VocabularyGen.names())
        .check(
            (p, name) -> {
              Party renamed = p.withName(name);
              return renamed.name().equals(name)
                  && renamed.id().equals(p.id())
                  && renamed.equals(Party.builder().from(p).name(name).build());
            });
    Laws.qt()
        .forAll(VocabularyGen.parties())
        .checkAssert(
            p ->
                assertThatThrownBy(() -> p.withName("")).isInstanceOf(InvalidValueException.class));
  }

  @Test
  void equalsAndHashCodeAgreeForRebuiltValues() {
    Laws.qt()
        .forAll(VocabularyGen.parties())
        .check(
            p -> {
              Party copy = Party.builder().from(p).build();
              return copy.equals(p) && copy.hashCode() == p.hashCode();
            });
  }

  @Test
  void valueContracts() {
    Party a = Party.of(UA, "Ukraine", PartyKind.STATE);
    ValueContract.check(
        Party.class, List.of(a, Party.builder().from(a).build()), List.of(a.withName("Ukraina")));
    ValueContract.check(PartyId.class, List.of(UA, PartyId.of("ua")), List.of(RU));
    ValueContract.check(
        Participant.class,
        List.of(Participant.of(UA, Role.SIDE), Participant.of(UA, Role.SIDE)),
        List.of(Participant.of(UA, Role.HOST)));
  }

  @Test
  void fewAndManyParticipantsBreakTheSameRules() {
    // Up to Participants.SMALL participants are compared pairwise, more with hash sets: both ways
    // must agree with the rules as sets state them.
    // Four parties only, so that lists repeat participants and mix sides with neutral roles.
    org.quicktheories.core.Gen<PartyId> few =
        org.quicktheories.generators.Generate.pick(
            List.of(PartyId.of("ua"), PartyId.of("ru"), PartyId.of("by"), PartyId.of("tr")));
    org.quicktheories.core.Gen<Participant> participant =
        few.zip(org.quicktheories.generators.Generate.enumValues(Role.class), Participant::of);
    dev.parley.testing.Laws.qt()
        .forAll(
            org.quicktheories.generators.SourceDSL.lists().of(participant).ofSizeBetween(0, 20),
            org.quicktheories.generators.SourceDSL.lists().of(few).ofSizeBetween(0, 3))
        .checkAssert(
            (participants, sides) -> {
              java.util.Set<PartyId> allSides = new java.util.HashSet<>(sides);
              participants.stream()
                  .filter(p -> p.role() == Role.SIDE)
                  .forEach(p -> allSides.add(p.party()));
              java.util.List<String> expected = new java.util.ArrayList<>();
              java.util.Set<Participant> seen = new java.util.HashSet<>();
              for (int i = 0; i < participants.size(); i++) {
                Participant p = participants.get(i);
                if (!seen.add(p)) {
                  expected.add("PARTICIPANT_DUPLICATE@p[" + i + "]");
                }
                if (p.role().isNeutral() && allSides.contains(p.party())) {
                  expected.add("PARTICIPANT_NEUTRAL_IS_SIDE@p[" + i + "]");
                }
              }
              var c =
                  Participants.check(dev.parley.internal.Checker.of("X"), "p", participants, sides);
              assertThat(c.violations())
                  .extracting(v -> v.rule() + "@" + v.path())
                  .containsExactlyElementsOf(expected);
            });
  }
}
