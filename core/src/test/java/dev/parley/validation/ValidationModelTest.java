package dev.parley.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.internal.Checker;
import dev.parley.testing.ValueContract;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationModelTest {
  @Test
  void checkerCollectsEveryViolationBeforeThrowing() {
    Checker c =
        Checker.of("Thing")
            .check(false, "THING_A_BAD", "a", "a was %s", 1)
            .check(true, "THING_B_BAD", "b", "never")
            .check(false, "THING_C_BAD", "c", "c was %s", "x");
    assertThat(c.isValid()).isFalse();
    assertThatThrownBy(c::throwIfInvalid)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.type()).isEqualTo("Thing");
              assertThat(e.ruleCodes()).containsExactly("THING_A_BAD", "THING_C_BAD");
              assertThat(e.violations()).extracting(Violation::path).containsExactly("a", "c");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "invalid Thing (2 violations): THING_A_BAD at a: a was 1; THING_C_BAD at c: c was x");
            })
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyArityFormatsItsArgumentsOnlyWhenTheRuleIsBroken() {
    Checker passing =
        Checker.of("Thing")
            .check(true, "THING_A_BAD", "a", "no %s")
            .check(true, "THING_A_BAD", "a", "%s", 1)
            .check(true, "THING_A_BAD", "a", "%s %s", 1, 2)
            .check(true, "THING_A_BAD", "a", "%s %s %s", 1, 2, 3)
            .check(true, "THING_A_BAD", "a", "%s %s %s %s", 1, 2, 3, 4);
    assertThat(passing.violations()).isEmpty();
    Checker failing =
        Checker.of("Thing")
            .check(false, "THING_A_BAD", "a", "no %s")
            .check(false, "THING_B_BAD", "b", "one %s", 1)
            .check(false, "THING_C_BAD", "c", "two %s %s", 1, "x")
            .check(false, "THING_D_BAD", "d", "three %s %s %s", 1, 2, 3)
            .check(false, "THING_E_BAD", "e", "four %s %s %s %s", 1, 2, 3, 4)
            .fail("THING_F_BAD", "f[0]", "failed with %s", "y");
    assertThat(failing.violations())
        .extracting(Violation::message)
        .containsExactly(
            "no %s", "one 1", "two 1 x", "three 1 2 3", "four 1 2 3 4", "failed with y");
    assertThat(failing.violations())
        .extracting(Violation::path)
        .containsExactly("a", "b", "c", "d", "e", "f[0]");
    assertThat(failing.violations())
        .extracting(Violation::rule)
        .containsExactly(
            "THING_A_BAD",
            "THING_B_BAD",
            "THING_C_BAD",
            "THING_D_BAD",
            "THING_E_BAD",
            "THING_F_BAD");
  }

  @Test
  void validCheckerDoesNotThrow() {
    Checker c = Checker.of("Thing").check(true, "THING_A_BAD", "a", "never");
    c.throwIfInvalid();
    assertThat(c.violations()).isEmpty();
  }

  @Test
  void nestedViolationsArePlacedUnderTheirParentPath() {
    Violation v =
        Violation.of(
            "PLACE_LATITUDE_RANGE", "latitude", "latitude must be within [-90, 90], was 91.0");
    Checker c = Checker.of("Place").addAll("coordinates", List.of(v));
    assertThat(c.violations()).extracting(Violation::path).containsExactly("coordinates.latitude");
    assertThat(v.under("")).isSameAs(v);
    assertThat(Violation.of("X_Y", "", "m").under("p").path()).isEqualTo("p");
  }

  @Test
  void rejectsMalformedRuleCodes() {
    assertThatThrownBy(() -> Violation.of("lower_case", "a", "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower_case");
    assertThatThrownBy(() -> new InvalidValueException("T", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportOrdersFindingsStablyAndSplitsBySeverity() {
    Finding w = Finding.warning("EXCHANGE_X", "b.count", "warn");
    Finding e1 = Finding.error("EXCHANGE_Y", "a.count", "err");
    Finding e2 = Finding.from("c", Violation.of("EXCHANGE_Z", "x", "nested"));
    ValidationReport r1 = ValidationReport.of(List.of(w, e1, e2));
    ValidationReport r2 = ValidationReport.of(List.of(e2, w, e1));
    assertThat(r1).isEqualTo(r2);
    assertThat(r1.findings()).containsExactly(e1, w, e2);
    assertThat(r1.errors()).containsExactly(e1, e2);
    assertThat(r1.warnings()).containsExactly(w);
    assertThat(r1.hasErrors()).isTrue();
    assertThat(e2.path()).isEqualTo("c.x");
    assertThat(e2.toString()).isEqualTo("ERROR EXCHANGE_Z at c.x: nested");
    assertThat(ValidationReport.of(List.of(w)).hasErrors()).isFalse();
    assertThat(ValidationReport.empty().isEmpty()).isTrue();
    assertThat(ValidationReport.of(List.of(w)).plus(ValidationReport.of(List.of(e1))))
        .isEqualTo(ValidationReport.of(List.of(e1, w)));
    assertThat(r1.plus(ValidationReport.empty())).isSameAs(r1);
    assertThat(ValidationReport.empty().plus(r1)).isSameAs(r1);
  }

  @Test
  void valueContracts() {
    ValueContract.check(
        Violation.class,
        List.of(Violation.of("A_B", "p", "m"), Violation.of("A_B", "p", "m")),
        List.of(Violation.of("A_C", "p", "m")),
        List.of(Violation.of("A_B", "q", "m")),
        List.of(Violation.of("A_B", "p", "n")));
    ValueContract.check(
        Finding.class,
        List.of(Finding.error("A_B", "p", "m"), Finding.of(Severity.ERROR, "A_B", "p", "m")),
        List.of(Finding.warning("A_B", "p", "m")));
    ValueContract.check(
        ValidationReport.class,
        List.of(ValidationReport.empty(), ValidationReport.of(List.of())),
        List.of(ValidationReport.of(List.of(Finding.warning("A_B", "p", "m")))));
  }
}
