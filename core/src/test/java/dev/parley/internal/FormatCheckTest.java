package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.parley.place.RegionCode;
import dev.parley.testing.Laws;
import dev.parley.validation.InvalidValueException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written format checks agree with the documented regular expressions. */
class FormatCheckTest {
  private static final String ALPHABET = "aZ09._:/- -ü!A";

  private static Gen<String> textsOver(String alphabet, int maxLength) {
    return integers()
        .between(0, maxLength)
        .zip(
            Generate.longRange(0, Long.MAX_VALUE),
            (len, seed) -> {
              StringBuilder b = new StringBuilder();
              long s = seed;
              for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt((int) Math.floorMod(s, alphabet.length())));
                s = s * 6364136223846793005L + 1442695040888963407L;
              }
              return b.toString();
            });
  }

  @Test
  void idCheckMatchesThePattern() {
    Laws.qt()
        .forAll(textsOver(ALPHABET, 6))
        .check(s -> Ids.isValid(s) == Ids.format().matcher(s).matches());
    Laws.qt()
        .forAll(strings().allPossible().ofLengthBetween(0, 5))
        .check(s -> Ids.isValid(s) == Ids.format().matcher(s).matches());
    assertThat(Ids.isValid("a".repeat(128))).isTrue();
    assertThat(Ids.isValid("a".repeat(129))).isFalse();
  }

  @Test
  void regionCheckMatchesThePattern() {
    Pattern documented = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    Laws.qt()
        .forAll(textsOver("UA-63RKSx ", 7))
        .check(
            s -> {
              boolean accepted;
              try {
                RegionCode.parse(s);
                accepted = true;
              } catch (InvalidValueException e) {
                accepted = !e.ruleCodes().contains("REGION_CODE_FORMAT");
              }
              return accepted == documented.matcher(s).matches();
            });
  }
}
